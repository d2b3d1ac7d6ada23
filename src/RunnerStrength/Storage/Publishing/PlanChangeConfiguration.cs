using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RunnerStrength.Storage.Athletes;

namespace RunnerStrength.Storage.Publishing;

internal sealed class PlanChangeConfiguration : IEntityTypeConfiguration<PlanChangeRow>
{
    public void Configure(EntityTypeBuilder<PlanChangeRow> builder)
    {
        builder.ToTable("plan_changes");
        builder.Property(c => c.Uid).HasMaxLength(100);
        builder.Property(c => c.Kind).HasMaxLength(10);
        builder.Property(c => c.Summary).HasMaxLength(200);
        builder.Property(c => c.Reason).HasMaxLength(2000);
        builder.Property(c => c.ChangedAt).AsUnixSeconds("ChangedUnixSeconds");
        builder.HasIndex(c => new { c.AthleteId, c.ChangedAt });
        builder.HasOne<AthleteRow>().WithMany().HasForeignKey(c => c.AthleteId).OnDelete(DeleteBehavior.Cascade);
    }
}
