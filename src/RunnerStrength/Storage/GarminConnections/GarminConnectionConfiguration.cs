using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RunnerStrength.Storage.Athletes;

namespace RunnerStrength.Storage.GarminConnections;

internal sealed class GarminConnectionConfiguration : IEntityTypeConfiguration<GarminConnectionRow>
{
    public void Configure(EntityTypeBuilder<GarminConnectionRow> builder)
    {
        builder.ToTable("garmin_connections");
        builder.HasKey(c => c.AthleteId);
        builder.Property(c => c.TokenExpiresAt).AsUnixSeconds("TokenExpiresUnixSeconds");
        builder.Property(c => c.LastSyncAt).AsUnixSeconds("LastSyncUnixSeconds");
        builder.Property(c => c.WaitingUntil).AsUnixSeconds("WaitingUntilUnixSeconds");
        builder.Property(c => c.RefusedReason).HasMaxLength(500);
        builder.Property(c => c.LastOutcome).HasMaxLength(500);
        builder.Property(c => c.RefusedKeyHash).HasMaxLength(16);
        builder.HasOne<AthleteRow>().WithOne().HasForeignKey<GarminConnectionRow>(c => c.AthleteId).OnDelete(DeleteBehavior.Cascade);
    }
}
