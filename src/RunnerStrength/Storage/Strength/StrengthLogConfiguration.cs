using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RunnerStrength.Storage.Athletes;

namespace RunnerStrength.Storage.Strength;

internal sealed class StrengthLogConfiguration : IEntityTypeConfiguration<StrengthLogRow>
{
    public void Configure(EntityTypeBuilder<StrengthLogRow> builder)
    {
        builder.ToTable("strength_log");
        builder.Property(l => l.Exercise).HasMaxLength(40);
        builder.Property(l => l.Source).HasMaxLength(80);
        builder.HasIndex(l => new { l.AthleteId, l.Date });
        builder.HasIndex(l => new { l.AthleteId, l.Source });
        builder.HasOne<AthleteRow>().WithMany().HasForeignKey(l => l.AthleteId).OnDelete(DeleteBehavior.Cascade);
    }
}
