using Microsoft.EntityFrameworkCore;
using RunnerStrength.Storage.Activities;
using RunnerStrength.Storage.Athletes;
using RunnerStrength.Storage.CalendarAccounts;
using RunnerStrength.Storage.Decisions;
using RunnerStrength.Storage.Feed;
using RunnerStrength.Storage.GarminConnections;
using RunnerStrength.Storage.Publishing;
using RunnerStrength.Storage.Races;
using RunnerStrength.Storage.StravaConnections;
using RunnerStrength.Storage.Strength;

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

    public DbSet<CalendarAccountRow> CalendarAccounts => Set<CalendarAccountRow>();

    public DbSet<StravaConnectionRow> StravaConnections => Set<StravaConnectionRow>();

    public DbSet<StravaSkippedRow> StravaSkipped => Set<StravaSkippedRow>();

    public DbSet<StravaWebhookEventRow> StravaWebhookEvents => Set<StravaWebhookEventRow>();

    public DbSet<StrengthLogRow> StrengthLog => Set<StrengthLogRow>();

    public DbSet<GarminConnectionRow> GarminConnections => Set<GarminConnectionRow>();

    public DbSet<GarminActivityRow> GarminActivities => Set<GarminActivityRow>();

    public DbSet<SessionDecisionRow> SessionDecisions => Set<SessionDecisionRow>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.Properties<DateTime>().HaveConversion<WallClockConverter>();

    // One configuration per entity, beside its row type.
    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(RunnerStrengthDbContext).Assembly);
}
