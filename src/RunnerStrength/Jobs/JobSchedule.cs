using Hangfire;
using Microsoft.Extensions.Options;
using RunnerStrength.Calendar.CalDav;
using RunnerStrength.CalendarPush;
using RunnerStrength.Configuration;
using RunnerStrength.Garmin;
using RunnerStrength.GarminConnection;
using RunnerStrength.Importing;
using RunnerStrength.Plans;
using RunnerStrength.Storage.Athletes;
using RunnerStrength.Strava;
using RunnerStrength.StravaConnection;

namespace RunnerStrength.Jobs;

/// <summary>The service's recurring jobs, registered once the store is ready (the replan runs in the athlete's zone).</summary>
internal static class JobSchedule
{
    public static async Task RegisterAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var recurring = services.GetRequiredService<IRecurringJobManager>();
        var fit = services.GetRequiredService<IOptions<FitOptions>>().Value;
        var planner = services.GetRequiredService<IOptions<PlannerOptions>>().Value;
        await using var scope = services.CreateAsyncScope();
        var athletes = scope.ServiceProvider.GetRequiredService<AthleteStore>();
        var profile = await athletes.ProfileAsync(await athletes.DefaultAthleteIdAsync(cancellationToken), cancellationToken);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(profile!.TimeZoneId);

        recurring.AddOrUpdate<FitInboxJob>(FitInboxJob.RecurringId, job => job.RunAsync(CancellationToken.None), fit.ScanCron);
        recurring.AddOrUpdate<ReplanJob>(ReplanJob.RecurringId, job => job.RunAsync(CancellationToken.None), planner.ReplanCron, new RecurringJobOptions { TimeZone = zone });
        recurring.AddOrUpdate<ReplanJob>(ReplanJob.WeekTurnId, job => job.RunAsync(CancellationToken.None), ReplanJob.WeekTurnCron, new RecurringJobOptions { TimeZone = zone });
        var strava = services.GetRequiredService<IOptions<StravaOptions>>().Value;
        var jobs = services.GetRequiredService<IBackgroundJobClient>();
        if (strava.Enabled)
        {
            recurring.AddOrUpdate<StravaSyncJob>(StravaSyncJob.RecurringId, job => job.RunAsync(true, CancellationToken.None), strava.SyncCron);
            jobs.Enqueue<StravaSyncJob>(job => job.RunAsync(true, CancellationToken.None));
            if (strava.Webhook.Enabled)
            {
                // Strava calls our handshake before it answers, so this runs once the server listens.
                jobs.Schedule<StravaWebhookJob>(job => job.EnsureSubscriptionAsync(CancellationToken.None), TimeSpan.FromSeconds(10));
            }
        }
        else
        {
            recurring.RemoveIfExists(StravaSyncJob.RecurringId);
        }

        // Always scheduled: a key may be given later with `garmin connect`; without one a pass does nothing.
        var garmin = services.GetRequiredService<IOptions<GarminOptions>>().Value;
        recurring.AddOrUpdate<GarminSyncJob>(GarminSyncJob.RecurringId, job => job.RunAsync(CancellationToken.None), garmin.SyncCron);
        jobs.Enqueue<GarminSyncJob>(job => job.RunAsync(CancellationToken.None));

        // Every calendar provider shares the engine's schedule (the CalDAV section names it, for older set-ups).
        var caldav = services.GetRequiredService<IOptions<CalDavOptions>>().Value;
        bool calendars;
        using (var calendarScope = services.CreateScope())
        {
            calendars = calendarScope.ServiceProvider.GetRequiredService<CalendarTargets>().Configured.Count > 0;
        }

        if (calendars)
        {
            recurring.AddOrUpdate<CalendarPushJob>(CalendarPushJob.DeliverId, job => job.RunAsync(false, CancellationToken.None), caldav.PushCron);
            recurring.AddOrUpdate<CalendarPushJob>(CalendarPushJob.ReconcileId, job => job.RunAsync(true, CancellationToken.None), caldav.ReconcileCron);
        }
        else
        {
            recurring.RemoveIfExists(CalendarPushJob.DeliverId);
            recurring.RemoveIfExists(CalendarPushJob.ReconcileId);
        }

        // Catch up on what was missed while the service was down: files that arrived, a replan that did not run.
        jobs.Enqueue<FitInboxJob>(job => job.RunAsync(CancellationToken.None));
        jobs.Enqueue<ReplanJob>(job => job.RunAsync(CancellationToken.None));
        if (calendars)
        {
            // Moves and deletions made by hand while the service was down.
            jobs.Enqueue<CalendarPushJob>(job => job.RunAsync(true, CancellationToken.None));
        }
    }
}
