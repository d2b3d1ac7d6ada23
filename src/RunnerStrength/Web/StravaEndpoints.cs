using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RunnerStrength.Configuration;
using RunnerStrength.Storage;
using RunnerStrength.Strava;
using RunnerStrength.Strava.Api;
using RunnerStrength.Strava.Auth;
using RunnerStrength.StravaConnection;

namespace RunnerStrength.Web;

/// <summary>Connecting Strava in the browser, a sync of every source on demand, and Strava's webhook (ARCHITECTURE.md, HTTP).</summary>
internal static class StravaEndpoints
{
    public static IEndpointRouteBuilder MapStravaEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/connect/strava", async (StravaConnector connector, IOptions<WebOptions> web, CancellationToken ct) =>
        {
            try
            {
                return Results.Redirect((await connector.BeginAsync(Callback(web.Value), ct)).AbsoluteUri);
            }
            catch (StravaConnectException e)
            {
                return Results.Text(e.Message, statusCode: StatusCodes.Status400BadRequest);
            }
        });

        endpoints.MapGet("/connect/strava/callback", async (HttpRequest request, StravaConnector connector, IOptions<WebOptions> web, IBackgroundJobClient jobs, CancellationToken ct) =>
        {
            try
            {
                await connector.CompleteAsync(new Uri(Callback(web.Value) + request.QueryString.Value), ct);
                jobs.Enqueue<StravaSyncJob>(job => job.RunAsync(true, CancellationToken.None));
                return Results.Redirect("/?strava=connected");
            }
            catch (StravaConnectException e)
            {
                return Results.Text(e.Message, statusCode: StatusCodes.Status400BadRequest);
            }
        });

        endpoints.MapPost("/api/sync", (HttpRequest request, SyncRequests syncs) =>
        {
            if (!SameOrigin.Allows(request))
            {
                return Results.Text($"A sync is asked for from this site's pages, or by a script sending the {SameOrigin.ScriptHeader} header.", statusCode: StatusCodes.Status403Forbidden);
            }

            var (jobs, coalesced) = syncs.Request();
            return Results.Accepted(value: new { jobs, already_queued = coalesced });
        });

        // Strava cannot log in: the webhook is open, and trusts nothing it is told (see below).
        var webhooks = endpoints.MapGroup("/webhooks").AllowAnonymous();

        // The handshake: answer the challenge only to someone who knows our verify token.
        webhooks.MapGet("/strava", (HttpRequest request, IOptions<StravaOptions> options) =>
        {
            var webhook = options.Value.Webhook;
            // Compared in constant time: how long a wrong guess takes says nothing about the token.
            return webhook.Enabled && request.Query["hub.mode"] == "subscribe" && webhook.VerifyToken is { Length: > 0 } expected
                && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(request.Query["hub.verify_token"].ToString()), Encoding.UTF8.GetBytes(expected))
                ? Results.Json(new Dictionary<string, string> { ["hub.challenge"] = request.Query["hub.challenge"].ToString() })
                : Results.StatusCode(StatusCodes.Status403Forbidden);
        });

        // Strava wants a 200 within two seconds: check, enqueue, answer; the fetch happens in a job.
        webhooks.MapPost("/strava", async (HttpRequest request, RunnerStrengthDbContext db, IOptions<StravaOptions> options, IBackgroundJobClient jobs, WebhookInbox inbox, WebhookAllowance allowance, CancellationToken ct) =>
        {
            if (!options.Value.Webhook.Enabled)
            {
                return Results.NotFound();
            }

            StravaWebhookEvent? e;
            try
            {
                e = await JsonSerializer.DeserializeAsync(request.Body, StravaJsonContext.Default.StravaWebhookEvent, ct);
            }
            catch (JsonException)
            {
                return Results.BadRequest();
            }

            var connection = e is null ? null : await db.StravaConnections.AsNoTracking().FirstOrDefaultAsync(c => c.StravaAthleteId == e.OwnerId, ct);
            if (e is null || connection is null || ((connection.WebhookSubscriptionId ?? allowance.Subscription) is { } subscription && e.SubscriptionId != subscription))
            {
                return Results.Ok(); // Not for us (another subscription, an orphaned athlete): acknowledged, so Strava stops retrying.
            }

            // Stored first, merged per object: one job per object while it waits, and a restart loses none.
            if (await inbox.RecordAsync(connection.AthleteId, e, ct))
            {
                var id = e.ObjectId;
                jobs.Enqueue<StravaWebhookJob>(job => job.HandlePendingAsync(id, CancellationToken.None));
            }

            return Results.Ok();
        });
        return endpoints;
    }

    private static Uri Callback(WebOptions web) => new(new Uri(web.PublicBaseUrl), "/connect/strava/callback");
}
