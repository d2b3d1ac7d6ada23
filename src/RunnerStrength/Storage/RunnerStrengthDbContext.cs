using Microsoft.EntityFrameworkCore;
using RunnerStrength.Storage.Activities;
using RunnerStrength.Storage.Athletes;
using RunnerStrength.Storage.Feed;
using RunnerStrength.Storage.Publishing;
using RunnerStrength.Storage.Races;
using RunnerStrength.Storage.StravaConnections;

namespace RunnerStrength.Storage;

/// <summary>
/// The application store. The model is provider-neutral; <see cref="SqliteStoreContext"/> and
/// <see cref="PostgresStoreContext"/> exist only so each provider keeps its own migrations.
/// </summary>
internal abstract class RunnerStrengthDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<AthleteRow> Athletes => Set<AthleteRow>();

    public DbSet<RaceRow> Races => Set<RaceRow>();

    public DbSet<ActivityRow> Activities => Set<ActivityRow>();

    public DbSet<FeedRow> Feeds => Set<FeedRow>();

    public DbSet<PublishedEventRow> PublishedEvents => Set<PublishedEventRow>();

    public DbSet<OutboxRow> CalendarOutbox => Set<OutboxRow>();

    public DbSet<PlanChangeRow> PlanChanges => Set<PlanChangeRow>();

    public DbSet<PushedEventRow> PushedEvents => Set<PushedEventRow>();

    public DbSet<StravaConnectionRow> StravaConnections => Set<StravaConnectionRow>();

    public DbSet<StravaSkippedRow> StravaSkipped => Set<StravaSkippedRow>();

    public DbSet<Strength.StrengthLogRow> StrengthLog => Set<Strength.StrengthLogRow>();

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

        modelBuilder.Entity<ActivityRow>(activity =>
        {
            activity.ToTable("activities");
            activity.Property(a => a.Source).HasMaxLength(8);
            activity.Property(a => a.SourceId).HasMaxLength(80);
            activity.Property(a => a.Sport).HasMaxLength(16);
            activity.Property(a => a.Name).HasMaxLength(300);
            activity.Property(a => a.Device).HasMaxLength(100);
            activity.HasIndex(a => new { a.AthleteId, a.Source, a.SourceId }).IsUnique();
            activity.HasIndex(a => new { a.AthleteId, a.StartUnixSeconds });
            activity.HasOne<AthleteRow>().WithMany().HasForeignKey(a => a.AthleteId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<FeedRow>(feed =>
        {
            feed.ToTable("feeds");
            feed.HasKey(f => f.AthleteId);
            feed.Property(f => f.ContentHash).HasMaxLength(64);
            feed.HasOne<AthleteRow>().WithOne().HasForeignKey<FeedRow>(f => f.AthleteId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<PublishedEventRow>(published =>
        {
            published.ToTable("published_events");
            published.HasKey(e => new { e.AthleteId, e.Uid });
            published.Property(e => e.Uid).HasMaxLength(100);
            published.Property(e => e.ContentHash).HasMaxLength(64);
            published.HasIndex(e => new { e.AthleteId, e.Date });
            published.HasOne<AthleteRow>().WithMany().HasForeignKey(e => e.AthleteId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<PlanChangeRow>(change =>
        {
            change.ToTable("plan_changes");
            change.Property(c => c.Uid).HasMaxLength(100);
            change.Property(c => c.Kind).HasMaxLength(10);
            change.Property(c => c.Summary).HasMaxLength(200);
            change.Property(c => c.Reason).HasMaxLength(2000);
            change.HasIndex(c => new { c.AthleteId, c.ChangedUnixSeconds });
            change.HasOne<AthleteRow>().WithMany().HasForeignKey(c => c.AthleteId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<OutboxRow>(outbox =>
        {
            outbox.ToTable("calendar_outbox");
            outbox.HasKey(o => new { o.AthleteId, o.Uid });
            outbox.Property(o => o.Uid).HasMaxLength(100);
            outbox.Property(o => o.LastError).HasMaxLength(1000);
            outbox.HasIndex(o => o.NextAttemptUnixSeconds);
            outbox.HasOne<AthleteRow>().WithMany().HasForeignKey(o => o.AthleteId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<PushedEventRow>(pushed =>
        {
            pushed.ToTable("pushed_events");
            pushed.HasKey(p => new { p.AthleteId, p.Uid });
            pushed.Property(p => p.Uid).HasMaxLength(100);
            pushed.Property(p => p.Href).HasMaxLength(1000);
            pushed.Property(p => p.ETag).HasMaxLength(200);
            pushed.HasOne<AthleteRow>().WithMany().HasForeignKey(p => p.AthleteId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<StravaConnectionRow>(strava =>
        {
            strava.ToTable("strava_connections");
            strava.HasKey(c => c.AthleteId);
            strava.Property(c => c.Scopes).HasMaxLength(200);
            strava.Property(c => c.DisconnectedReason).HasMaxLength(500);
            strava.Property(c => c.PendingStateHash).HasMaxLength(64);
            strava.Property(c => c.LastOutcome).HasMaxLength(500);
            strava.HasOne<AthleteRow>().WithOne().HasForeignKey<StravaConnectionRow>(c => c.AthleteId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<Strength.StrengthLogRow>(log =>
        {
            log.ToTable("strength_log");
            log.Property(l => l.Exercise).HasMaxLength(40);
            log.Property(l => l.Source).HasMaxLength(80);
            log.HasIndex(l => new { l.AthleteId, l.Date });
            log.HasIndex(l => new { l.AthleteId, l.Source });
            log.HasOne<AthleteRow>().WithMany().HasForeignKey(l => l.AthleteId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<StravaSkippedRow>(skipped =>
        {
            skipped.ToTable("strava_skipped");
            skipped.HasKey(s => new { s.AthleteId, s.StravaId });
            skipped.Property(s => s.Reason).HasMaxLength(500);
            skipped.HasOne<AthleteRow>().WithMany().HasForeignKey(s => s.AthleteId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
