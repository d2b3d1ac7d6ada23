using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RunnerStrength.Storage.Athletes;

namespace RunnerStrength.Storage.Publishing;

internal sealed class OutboxConfiguration : IEntityTypeConfiguration<OutboxRow>
{
    public void Configure(EntityTypeBuilder<OutboxRow> builder)
    {
        builder.ToTable("calendar_outbox");
        builder.HasKey(o => new { o.AthleteId, o.Provider, o.Uid });
        builder.Property(o => o.Provider).HasMaxLength(20);
        builder.Property(o => o.Uid).HasMaxLength(100);
        builder.Property(o => o.LastError).HasMaxLength(1000);
        builder.Property(o => o.NextAttemptAt).AsUnixSeconds("NextAttemptUnixSeconds");
        builder.HasIndex(o => o.NextAttemptAt);
        builder.HasOne<AthleteRow>().WithMany().HasForeignKey(o => o.AthleteId).OnDelete(DeleteBehavior.Cascade);
    }
}
