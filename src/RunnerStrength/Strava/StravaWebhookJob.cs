using System.Globalization;
using System.Net;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Refit;
using RunnerStrength.Configuration;
using RunnerStrength.Planning;
using RunnerStrength.Storage;
using RunnerStrength.Storage.Activities;
using RunnerStrength.Strava.Api;
using RunnerStrength.Strava.Auth;
using RunnerStrength.Strava.Sync;
using RunnerStrength.Training.Activities;

namespace RunnerStrength.Strava;

/// <summary>
/// Webhook work, done after the 200 went back to Strava. Events are not signed, so none is taken on its word:
/// an activity created or updated is fetched through the API, a deletion is believed once the API no longer
/// has the activity, a deauthorisation once the API refuses our tokens too (then it is a disconnect, with
/// the deletion Strava's terms require). The subscription itself is created or verified at start.
/// </summary>
internal sealed partial class StravaWebhookJob(
    AthleteContextLoader athletes, IStravaApi api, IStravaSubscriptions subscriptions, ActivityStore activities,
    StravaConnector connector, SecretProtector secrets, IOptions<StravaOptions> options, IReplanTrigger replans, ILogger<StravaWebhookJob> logger)
{
    [AutomaticRetry(Attempts = 3)] // Strava may fire the event before the activity's details are ready.
    public async Task HandleAsync(string objectType, string aspectType, long objectId, bool deauthorized, CancellationToken cancellationToken)
    {
        if (deauthorized)
        {
            if (await StillAuthorizedAsync(cancellationToken))
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

        var athlete = await athletes.LoadAsync(cancellationToken);
        if (aspectType == "delete")
        {
            if (await StillAtStravaAsync(objectId, cancellationToken))
            {
                LogUnconfirmed(logger, "deletion", objectId);
                return;
            }

            await activities.DeleteAsync(athlete.AthleteId, ActivitySource.Strava, objectId.ToString(CultureInfo.InvariantCulture), cancellationToken);
        }
        else
        {
            var activity = await api.GetActivityAsync(objectId, cancellationToken);
            await activities.UpsertAsync(athlete.AthleteId, StravaActivityMapper.ToActivity(activity, athlete.Zone), cancellationToken);
        }

        await replans.ReplanAsync(cancellationToken);
    }

    // A revoked authorization makes the API refuse the token and then its refresh: the auth handler records the
    // disconnection and throws. Any other failure (an outage, the rate limit) propagates, and the job is retried.
    private async Task<bool> StillAuthorizedAsync(CancellationToken cancellationToken)
    {
        try
        {
            await api.GetAthleteAsync(cancellationToken);
            return true;
        }
        catch (Exception e) when (e is StravaDisconnectedException || e.InnerException is StravaDisconnectedException)
        {
            return false; // Refit wraps what the handlers throw
        }
    }

    private async Task<bool> StillAtStravaAsync(long activityId, CancellationToken cancellationToken)
    {
        try
        {
            await api.GetActivityAsync(activityId, cancellationToken);
            return true;
        }
        catch (ApiException e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return false;
        }
    }

    /// <summary>Creates the subscription, or keeps the one that already points at our callback (one per application).</summary>
    public async Task EnsureSubscriptionAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var (id, secret) = (settings.ClientId!, secrets.Reveal(settings.ClientSecret)!);
        var existing = await subscriptions.ListAsync(id, secret, cancellationToken);
        if (existing.Any(s => s.CallbackUrl == settings.Webhook.CallbackUrl))
        {
            return;
        }

        foreach (var stale in existing)
        {
            await subscriptions.DeleteAsync(stale.Id, id, secret, cancellationToken); // a subscription cannot be edited
        }

        var created = await subscriptions.CreateAsync(new Dictionary<string, string>
        {
            ["client_id"] = id,
            ["client_secret"] = secret,
            ["callback_url"] = settings.Webhook.CallbackUrl!,
            ["verify_token"] = settings.Webhook.VerifyToken!,
        }, cancellationToken);
        LogSubscribed(logger, created.Id, settings.Webhook.CallbackUrl!);
    }

    /// <summary>Whether an event belongs to the connected athlete (events are not signed).</summary>
    public static async Task<bool> IsOursAsync(RunnerStrengthDbContext db, StravaWebhookEvent e, CancellationToken cancellationToken) =>
        await db.StravaConnections.AnyAsync(c => c.StravaAthleteId == e.OwnerId, cancellationToken);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Strava: the athlete revoked access; tokens and {Count} Strava activities deleted as Strava's terms require")]
    private static partial void LogDeauthorized(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Strava webhook: a {Change} event for {ObjectId} that the API does not confirm was ignored (events are not signed)")]
    private static partial void LogUnconfirmed(ILogger logger, string change, long objectId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Strava webhook subscription {Id} created for {Callback}")]
    private static partial void LogSubscribed(ILogger logger, long id, string callback);
}
