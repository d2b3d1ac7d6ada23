using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RunnerStrength.Storage.Athletes;

namespace RunnerStrength.Storage.StravaConnections;

internal sealed class StravaSkippedConfiguration : IEntityTypeConfiguration<StravaSkippedRow>
{
    public void Configure(EntityTypeBuilder<StravaSkippedRow> builder)
    {
        builder.ToTable("strava_skipped");
        builder.HasKey(s => new { s.AthleteId, s.StravaId });
        builder.Property(s => s.Reason).HasMaxLength(500);
        builder.HasOne<AthleteRow>().WithMany().HasForeignKey(s => s.AthleteId).OnDelete(DeleteBehavior.Cascade);
    }
}
