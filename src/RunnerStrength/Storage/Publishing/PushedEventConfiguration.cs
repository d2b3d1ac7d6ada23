using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RunnerStrength.Storage.Athletes;

namespace RunnerStrength.Storage.Publishing;

internal sealed class PushedEventConfiguration : IEntityTypeConfiguration<PushedEventRow>
{
    public void Configure(EntityTypeBuilder<PushedEventRow> builder)
    {
        builder.ToTable("pushed_events");
        builder.HasKey(p => new { p.AthleteId, p.Provider, p.Uid });
        builder.Property(p => p.Provider).HasMaxLength(20);
        builder.Property(p => p.Uid).HasMaxLength(100);
        builder.Property(p => p.RemoteId).HasMaxLength(1000);
        builder.Property(p => p.ETag).HasMaxLength(200);
        builder.HasOne<AthleteRow>().WithMany().HasForeignKey(p => p.AthleteId).OnDelete(DeleteBehavior.Cascade);
    }
}
