using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RunnerStrength.Storage.Athletes;

namespace RunnerStrength.Storage.Publishing;

internal sealed class PublishedEventConfiguration : IEntityTypeConfiguration<PublishedEventRow>
{
    public void Configure(EntityTypeBuilder<PublishedEventRow> builder)
    {
        builder.ToTable("published_events");
        builder.HasKey(e => new { e.AthleteId, e.Uid });
        builder.Property(e => e.Uid).HasMaxLength(100);
        builder.Property(e => e.ContentHash).HasMaxLength(64);
        builder.HasIndex(e => new { e.AthleteId, e.Date });
        builder.HasOne<AthleteRow>().WithMany().HasForeignKey(e => e.AthleteId).OnDelete(DeleteBehavior.Cascade);
    }
}
