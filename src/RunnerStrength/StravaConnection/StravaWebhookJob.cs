using System.Globalization;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RunnerStrength.Plans;
using RunnerStrength.Storage;
using RunnerStrength.Storage.Activities;
using RunnerStrength.Strava;
using RunnerStrength.Strava.Sync;
using RunnerStrength.Training.Activities;

namespace RunnerStrength.StravaConnection;

/// <summary>
/// Webhook work, done after the 200 went back to Strava. Events are not signed, so none is taken on its word:
/// an activity created or updated is fetched through the API, a deletion is believed once the API no longer
/// has the activity, a deauthorisation once the API refuses our tokens too (then it is a disconnect, with
/// the deletion Strava's terms require). Events wait in the store (<see cref="WebhookInbox"/>), merged per object,
/// so a restart loses none. The subscription itself is created or verified at start.
/// </summary>
internal sealed partial class StravaWebhookJob(
    AthleteContextLoader athletes, StravaAccount account, ActivityStore activities, StravaConnector connector, RunnerStrengthDbContext db,
    WebhookAllowance allowance, WebhookInbox inbox, IOptions<StravaOptions> options, IReplanTrigger replans, ILogger<StravaWebhookJob> logger)
{
    // Strava may fire the event before the activity's details are ready: a 5xx or timeout is tried again; a job
    // that still fails is deleted, not kept forever, and its event waits in the store for the next start.
    [AutomaticRetry(Attempts = 3, OnAttemptsExceeded = AttemptsExceededAction.Delete)]
    public async Task HandlePendingAsync(long objectId, CancellationToken cancellationToken)
    {
        if (await inbox.FindAsync(objectId, cancellationToken) is not { } pending)
        {
            return; // handled already
        }

        await HandleAsync(pending.ObjectType, pending.AspectType, objectId, pending.Deauthorized, cancellationToken);
        await inbox.DoneAsync(objectId, cancellationToken);
    }

    /// <summary>Handles every event still waiting in the store (at start: a restart drops no event); one that fails waits for the next start.</summary>
    public async Task ResumePendingAsync(CancellationToken cancellationToken)
    {
        foreach (var objectId in await inbox.PendingAsync(cancellationToken))
        {
            try
            {
                await HandlePendingAsync(objectId, cancellationToken);
            }
            catch (Exception e) when (e is HttpRequestException or TimeoutException or Refit.ApiException)
            {
                LogStillWaiting(logger, objectId, e.Message);
            }
        }
    }

    /// <summary>One event, as posted: what <see cref="HandlePendingAsync"/> does with a merged one.</summary>
    public async Task HandleAsync(string objectType, string aspectType, long objectId, bool deauthorized, CancellationToken cancellationToken)
    {
        if (deauthorized)
        {
            if (await account.StillAuthorizedAsync(cancellationToken))
            {
                LogUnconfirmed(logger, "deauthorization", objectId);
                return;
            }

            var deleted = await connector.DisconnectAsync(revoke: false, cancellationToken);
            LogDeauthorized(logger, deleted);
            await replans.ReplanAsync(cancellationToken);
            return;
        }

        if (objectType != "activity")
        {
            return;
        }

        if (!allowance.TryFetch(out var tell))
        {
            if (tell)
            {
                LogOverAllowance(logger, WebhookAllowance.FetchesPerWindow);
            }

            return;
        }

        var athlete = await athletes.LoadAsync(cancellationToken);
        if (aspectType == "delete")
        {
            if (await account.HasActivityAsync(objectId, cancellationToken))
            {
                LogUnconfirmed(logger, "deletion", objectId);
                return;
            }

            await activities.DeleteAsync(athlete.AthleteId, ActivitySource.Strava, objectId.ToString(CultureInfo.InvariantCulture), cancellationToken);
        }
        else
        {
            var activity = await account.FindActivityAsync(objectId, cancellationToken);
            var connected = await db.StravaConnections.AsNoTracking().Where(c => c.AthleteId == athlete.AthleteId).Select(c => c.StravaAthleteId).FirstOrDefaultAsync(cancellationToken);
            if (activity is null || (activity.Athlete is { } owner && owner.Id != connected))
            {
                // Gone, never there (a forged event), or another athlete's: nothing stored, nothing retried.
                LogUnconfirmed(logger, aspectType, objectId);
                return;
            }

            await activities.UpsertAsync(athlete.AthleteId, StravaActivityMapper.ToActivity(activity, athlete.Zone), cancellationToken);
        }

        await replans.ReplanAsync(cancellationToken);
    }

    /// <summary>Creates the subscription, or keeps the one that already points at our callback (one per application).</summary>
    public async Task EnsureSubscriptionAsync(CancellationToken cancellationToken)
    {
        var (id, created) = await account.EnsureSubscriptionAsync(cancellationToken);
        allowance.Subscription = id;
        await db.StravaConnections.ExecuteUpdateAsync(s => s.SetProperty(c => c.WebhookSubscriptionId, id), cancellationToken);
        if (created)
        {
            LogSubscribed(logger, id, options.Value.Webhook.CallbackUrl!);
        }

        await ResumePendingAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Strava webhook events used their {Fetches} fetches of this rate-limit window: further events wait for the regular sync")]
    private static partial void LogOverAllowance(ILogger logger, int fetches);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Strava: the athlete revoked access; tokens and {Count} Strava activities deleted as Strava's terms require")]
    private static partial void LogDeauthorized(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Strava webhook: a {Change} event for {ObjectId} that the API does not confirm was ignored (events are not signed)")]
    private static partial void LogUnconfirmed(ILogger logger, string change, long objectId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Strava webhook: the event waiting for {ObjectId} failed again ({Problem}); it waits for the next start")]
    private static partial void LogStillWaiting(ILogger logger, long objectId, string problem);

    [LoggerMessage(Level = LogLevel.Information, Message = "Strava webhook subscription {Id} created for {Callback}")]
    private static partial void LogSubscribed(ILogger logger, long id, string callback);
}
