using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace RunnerStrength.Storage.Athletes;

internal sealed class AthleteConfiguration : IEntityTypeConfiguration<AthleteRow>
{
    public void Configure(EntityTypeBuilder<AthleteRow> builder)
    {
        builder.ToTable("athletes");
        builder.Property(a => a.TimeZone).HasMaxLength(64);
        builder.Property(a => a.WeeklyTemplate).HasMaxLength(256);
        builder.Property(a => a.DeadliftStage).HasMaxLength(16);
        builder.Property(a => a.KettlebellsKg).HasMaxLength(256);
        builder.Property(a => a.Sex).HasMaxLength(8);
    }
}
