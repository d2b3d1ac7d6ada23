using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RunnerStrength.Storage.Athletes;

namespace RunnerStrength.Storage.Races;

internal sealed class RaceConfiguration : IEntityTypeConfiguration<RaceRow>
{
    public void Configure(EntityTypeBuilder<RaceRow> builder)
    {
        builder.ToTable("races");
        builder.Property(r => r.Name).HasMaxLength(200);
        builder.Property(r => r.Priority).HasMaxLength(1);
        builder.HasIndex(r => new { r.AthleteId, r.Date, r.Name }).IsUnique();
        builder.HasOne<AthleteRow>().WithMany().HasForeignKey(r => r.AthleteId).OnDelete(DeleteBehavior.Cascade);
    }
}
