using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RunnerStrength.Storage.Athletes;

namespace RunnerStrength.Storage.CalendarAccounts;

internal sealed class CalendarAccountConfiguration : IEntityTypeConfiguration<CalendarAccountRow>
{
    public void Configure(EntityTypeBuilder<CalendarAccountRow> builder)
    {
        builder.ToTable("calendar_accounts");
        builder.HasKey(c => new { c.AthleteId, c.Provider });
        builder.Property(c => c.Provider).HasMaxLength(20);
        builder.Property(c => c.ExpiresAt).AsUnixSeconds("ExpiresAtUnixSeconds");
        builder.Property(c => c.PendingStateExpiresAt).AsUnixSeconds("PendingStateExpiresUnixSeconds");
        builder.Property(c => c.ConnectedAt).AsUnixSeconds("ConnectedUnixSeconds");
        builder.Property(c => c.LastDeliveredAt).AsUnixSeconds("LastDeliveredUnixSeconds");
        builder.Property(c => c.CalendarId).HasMaxLength(1000);
        builder.Property(c => c.SyncToken).HasMaxLength(2000);
        builder.Property(c => c.DisconnectedReason).HasMaxLength(500);
        builder.Property(c => c.PendingStateHash).HasMaxLength(64);
        builder.Property(c => c.PendingRedirectUri).HasMaxLength(1000);
        builder.Property(c => c.Notice).HasMaxLength(500);
        builder.HasOne<AthleteRow>().WithMany().HasForeignKey(c => c.AthleteId).OnDelete(DeleteBehavior.Cascade);
    }
}
