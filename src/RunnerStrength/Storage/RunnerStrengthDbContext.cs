using Microsoft.EntityFrameworkCore;
using RunnerStrength.Storage.Athletes;
using RunnerStrength.Storage.Races;

namespace RunnerStrength.Storage;

/// <summary>
/// The application store. The model is provider-neutral; <see cref="SqliteStoreContext"/> and
/// <see cref="PostgresStoreContext"/> exist only so each provider keeps its own migrations.
/// </summary>
internal abstract class RunnerStrengthDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<AthleteRow> Athletes => Set<AthleteRow>();

    public DbSet<RaceRow> Races => Set<RaceRow>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<AthleteRow>(athlete =>
        {
            athlete.ToTable("athletes");
            athlete.Property(a => a.TimeZone).HasMaxLength(64);
            athlete.Property(a => a.WeeklyTemplate).HasMaxLength(256);
            athlete.Property(a => a.DeadliftStage).HasMaxLength(16);
            athlete.Property(a => a.KettlebellsKg).HasMaxLength(256);
            athlete.Property(a => a.Sex).HasMaxLength(8);
        });

        modelBuilder.Entity<RaceRow>(race =>
        {
            race.ToTable("races");
            race.Property(r => r.Name).HasMaxLength(200);
            race.Property(r => r.Priority).HasMaxLength(1);
            race.HasIndex(r => new { r.AthleteId, r.Date, r.Name }).IsUnique();
            race.HasOne<AthleteRow>().WithMany().HasForeignKey(r => r.AthleteId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
