using System.Security.Cryptography;
using System.Text;
using Microsoft.Net.Http.Headers;
using RunnerStrength.Calendar.Rendering;
using RunnerStrength.Planning;
using RunnerStrength.Storage.Feed;

namespace RunnerStrength.Web;

/// <summary>
/// <c>GET|HEAD /calendar/{token}.ics</c>: the sessions of the past 4 and the coming 3 weeks for calendar
/// apps to subscribe to (calendar.md section 5): an unguessable token, ETag and Last-Modified with 304
/// answers, the same bytes while the plan does not change.
/// </summary>
internal static class CalendarFeedEndpoints
{
    public static IEndpointRouteBuilder MapCalendarFeed(this IEndpointRouteBuilder endpoints)
    {
        // The token is the secret: calendar apps cannot log in.
        endpoints.MapMethods("/calendar/{token}.ics", [HttpMethods.Get, HttpMethods.Head], GetFeedAsync).AllowAnonymous();
        return endpoints;
    }

    private static async Task<IResult> GetFeedAsync(string token, HttpContext http, IServiceProvider services, FeedStore feeds, SessionWindow window, CancellationToken cancellationToken)
    {
        var athlete = await AthleteContext.LoadAsync(services, cancellationToken);
        if (!await feeds.IsTokenAsync(athlete.AthleteId, token, cancellationToken))
        {
            return TypedResults.NotFound();
        }

        var entries = await window.EntriesAsync(athlete, weeksBack: 4, weeksAhead: 3, cancellationToken);
        // DTSTAMP is when the content last changed, not now: unchanged plans give unchanged bytes and ETags.
        // The content is fingerprinted by rendering it with a fixed stamp, so every field counts.
        var options = new CalendarRenderOptions(athlete.Profile.TimeZoneId);
        var fingerprint = Hash(IcsRenderer.Render(entries, options, DateTimeOffset.UnixEpoch));
        var changed = await feeds.ChangedAsync(athlete.AthleteId, fingerprint, cancellationToken);
        var ics = IcsRenderer.Render(entries, options, changed);
        var etag = new EntityTagHeaderValue($"\"{Hash(ics)[..32]}\"");

        var response = http.Response.GetTypedHeaders();
        response.ETag = etag;
        response.LastModified = changed;
        response.CacheControl = new CacheControlHeaderValue { Private = true, MaxAge = TimeSpan.FromMinutes(15) };
        var request = http.Request.GetTypedHeaders();
        if (request.IfNoneMatch.Any(tag => tag.Compare(etag, useStrongComparison: false))
            || (request.IfNoneMatch.Count == 0 && request.IfModifiedSince >= changed))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        return TypedResults.Bytes(Encoding.UTF8.GetBytes(ics), IcsRenderer.MediaType);
    }

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
