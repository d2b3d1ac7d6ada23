using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RunnerStrength.Storage.Athletes;

namespace RunnerStrength.Storage.StravaConnections;

internal sealed class StravaConnectionConfiguration : IEntityTypeConfiguration<StravaConnectionRow>
{
    public void Configure(EntityTypeBuilder<StravaConnectionRow> builder)
    {
        builder.ToTable("strava_connections");
        builder.HasKey(c => c.AthleteId);
        builder.Property(c => c.ExpiresAt).AsUnixSeconds("ExpiresAtUnixSeconds");
        builder.Property(c => c.PendingStateExpiresAt).AsUnixSeconds("PendingStateExpiresUnixSeconds");
        builder.Property(c => c.LastSyncAt).AsUnixSeconds("LastSyncUnixSeconds");
        builder.Property(c => c.WaitingUntil).AsUnixSeconds("WaitingUntilUnixSeconds");
        builder.Property(c => c.Scopes).HasMaxLength(200);
        builder.Property(c => c.DisconnectedReason).HasMaxLength(500);
        builder.Property(c => c.PendingStateHash).HasMaxLength(64);
        builder.Property(c => c.LastOutcome).HasMaxLength(500);
        builder.HasOne<AthleteRow>().WithOne().HasForeignKey<StravaConnectionRow>(c => c.AthleteId).OnDelete(DeleteBehavior.Cascade);
    }
}
