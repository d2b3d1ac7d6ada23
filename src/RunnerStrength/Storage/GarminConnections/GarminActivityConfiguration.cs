using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RunnerStrength.Storage.Athletes;

namespace RunnerStrength.Storage.GarminConnections;

internal sealed class GarminActivityConfiguration : IEntityTypeConfiguration<GarminActivityRow>
{
    public void Configure(EntityTypeBuilder<GarminActivityRow> builder)
    {
        builder.ToTable("garmin_activities");
        builder.HasKey(a => new { a.AthleteId, a.GarminId });
        builder.Property(a => a.FitHash).HasMaxLength(64);
        builder.Property(a => a.SkippedReason).HasMaxLength(500);
        builder.HasOne<AthleteRow>().WithMany().HasForeignKey(a => a.AthleteId).OnDelete(DeleteBehavior.Cascade);
    }
}
