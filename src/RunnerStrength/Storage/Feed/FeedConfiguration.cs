using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RunnerStrength.Storage.Athletes;

namespace RunnerStrength.Storage.Feed;

internal sealed class FeedConfiguration : IEntityTypeConfiguration<FeedRow>
{
    public void Configure(EntityTypeBuilder<FeedRow> builder)
    {
        builder.ToTable("feeds");
        builder.HasKey(f => f.AthleteId);
        builder.Property(f => f.LastChangedAt).AsUnixSeconds("LastChangedUnixSeconds");
        builder.Property(f => f.ContentHash).HasMaxLength(64);
        builder.HasOne<AthleteRow>().WithOne().HasForeignKey<FeedRow>(f => f.AthleteId).OnDelete(DeleteBehavior.Cascade);
    }
}
