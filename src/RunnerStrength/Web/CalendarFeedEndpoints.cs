using System.Security.Cryptography;
using System.Text;
using Microsoft.Net.Http.Headers;
using RunnerStrength.Calendar.Rendering;
using RunnerStrength.Plans;
using RunnerStrength.Storage.Feed;
using RunnerStrength.Storage.Publishing;
using RunnerStrength.Training.Dates;

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

    private static async Task<IResult> GetFeedAsync(
        string token, HttpContext http, AthleteContextLoader athletes, FeedStore feeds, SessionWindow window, PublishedEvents published, CancellationToken cancellationToken)
    {
        var athlete = await athletes.LoadAsync(cancellationToken);
        if (!await feeds.IsTokenAsync(athlete.AthleteId, token, cancellationToken))
        {
            return TypedResults.NotFound();
        }

        // A read: what the last replan published, never a replan of its own.
        var (from, to) = SessionWindow.Days(athlete);
        var entries = await window.PublishedAsync(athlete, from, to, cancellationToken);
        // The content changes when a session in it changes (recorded by the replan) or when the window moves on
        // a week. DTSTAMP is that moment, not now: an unchanged plan gives unchanged bytes and ETags.
        var windowMoved = LocalTime.StartOfDay(Week.MondayOf(athlete.Today), athlete.Zone);
        var lastChange = await published.LastChangedAsync(athlete.AthleteId, entries.Select(e => e.Session.Uid).ToList(), cancellationToken);
        var changed = lastChange > windowMoved ? lastChange.Value : windowMoved;
        var ics = IcsRenderer.Render(entries, new CalendarRenderOptions(athlete.Profile.TimeZoneId), changed);
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
