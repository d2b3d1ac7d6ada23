using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RunnerStrength.Storage.Athletes;

namespace RunnerStrength.Storage.Activities;

internal sealed class ActivityConfiguration : IEntityTypeConfiguration<ActivityRow>
{
    public void Configure(EntityTypeBuilder<ActivityRow> builder)
    {
        builder.ToTable("activities");
        builder.Property(a => a.Source).HasMaxLength(8);
        builder.Property(a => a.SourceId).HasMaxLength(80);
        builder.Property(a => a.Sport).HasMaxLength(16);
        builder.Property(a => a.Name).HasMaxLength(300);
        builder.Property(a => a.Device).HasMaxLength(100);
        builder.HasIndex(a => new { a.AthleteId, a.Source, a.SourceId }).IsUnique();
        builder.Property(a => a.Start).AsUnixSeconds("StartUnixSeconds");
        builder.HasIndex(a => new { a.AthleteId, a.Start });
        builder.HasOne<AthleteRow>().WithMany().HasForeignKey(a => a.AthleteId).OnDelete(DeleteBehavior.Cascade);
    }
}
