using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RunnerStrength.Storage.Athletes;

namespace RunnerStrength.Storage.StravaConnections;

internal sealed class StravaWebhookEventConfiguration : IEntityTypeConfiguration<StravaWebhookEventRow>
{
    public void Configure(EntityTypeBuilder<StravaWebhookEventRow> builder)
    {
        builder.ToTable("strava_webhook_events");
        builder.HasKey(e => new { e.AthleteId, e.ObjectId });
        builder.Property(e => e.ObjectType).HasMaxLength(20);
        builder.Property(e => e.AspectType).HasMaxLength(20);
        builder.Property(e => e.ReceivedAt).AsUnixSeconds("ReceivedUnixSeconds");
        builder.HasOne<AthleteRow>().WithMany().HasForeignKey(e => e.AthleteId).OnDelete(DeleteBehavior.Cascade);
    }
}
