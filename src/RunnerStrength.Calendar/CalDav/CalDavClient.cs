using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace RunnerStrength.Calendar.CalDav;

/// <summary>
/// The few CalDAV requests publishing needs (calendar.md sections 2-3), with the rules real servers
/// taught: conditional writes, 200/201/204 all success, a 207 answer judged by its inner status,
/// redirects followed by hand (HTTP stacks drop them for PROPFIND), and one sentence for a refusal.
/// The <see cref="HttpClient"/> must not follow redirects itself.
/// </summary>
public sealed partial class CalDavClient(HttpClient http, CalDavAccount account)
{
    private const int MaxRedirects = 5;

    /// <summary>The largest answer read: a few weeks of one athlete's events are a few kilobytes.</summary>
    public const long MaxResponseBytes = 4L * 1024 * 1024;
    private static readonly HttpMethod Propfind = new("PROPFIND");
    private static readonly HttpMethod Report = new("REPORT");
    private static readonly HttpMethod MakeCalendar = new("MKCALENDAR");

    /// <summary>The account this client publishes to.</summary>
    public CalDavAccount Account => account;

    /// <summary>Creates <paramref name="href"/> only if nothing is there (<c>If-None-Match: *</c>), so a retry never makes a second copy.</summary>
    public Task<CalDavWrite> CreateAsync(Uri href, string ics, CancellationToken cancellationToken) =>
        PutAsync(href, ics, h => h.IfNoneMatch.Add(EntityTagHeaderValue.Any), cancellationToken);

    /// <summary>Replaces <paramref name="href"/> only if it is still the version <paramref name="etag"/>.</summary>
    public Task<CalDavWrite> UpdateAsync(Uri href, string ics, string etag, CancellationToken cancellationToken) =>
        PutAsync(href, ics, h => h.TryAddWithoutValidation("If-Match", etag), cancellationToken);

    /// <summary>Deletes <paramref name="href"/> if it is still the version <paramref name="etag"/>; gone already counts as done.</summary>
    public async Task<CalDavWrite> DeleteAsync(Uri href, string? etag, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(HttpMethod.Delete, href, null, r =>
        {
            if (etag is not null)
            {
                r.Headers.TryAddWithoutValidation("If-Match", etag);
            }
        }, cancellationToken);
        return response.StatusCode switch
        {
            HttpStatusCode.OK or HttpStatusCode.NoContent or HttpStatusCode.NotFound or HttpStatusCode.Gone => new CalDavWrite(CalDavWriteOutcome.Done, null),
            HttpStatusCode.PreconditionFailed => new CalDavWrite(CalDavWriteOutcome.PreconditionFailed, null),
            _ => throw await RefusalAsync(response, cancellationToken),
        };
    }

    /// <summary>The resource at <paramref name="href"/> with its ETag, or null when it is not there.</summary>
    public async Task<CalDavResource?> GetAsync(Uri href, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(HttpMethod.Get, href, null, null, cancellationToken);
        if (response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Gone)
        {
            return null;
        }

        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw await RefusalAsync(response, cancellationToken);
        }

        var body = await ReadAsync(response, cancellationToken);
        return new CalDavResource(href, ETagOf(response) ?? await ETagAsync(href, cancellationToken), body);
    }

    /// <summary>The events in <paramref name="collection"/> overlapping [<paramref name="from"/>, <paramref name="to"/>), with their data (a calendar-query REPORT).</summary>
    public async Task<IReadOnlyList<CalDavResource>> QueryAsync(Uri collection, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var answer = await MultistatusAsync(Report, collection, "1", DavNames.QueryByTime(from, to), cancellationToken)
            ?? throw new CalDavException($"The calendar {collection} is not there any more (404 to a calendar-query).", HttpStatusCode.NotFound);
        return answer.Responses
            .Where(r => r.Text(DavNames.CalDav + "calendar-data") is not null)
            .Select(r => new CalDavResource(r.Href, r.Text(DavNames.Dav + "getetag"), r.Text(DavNames.CalDav + "calendar-data")))
            .ToList();
    }

    private async Task<CalDavWrite> PutAsync(Uri href, string ics, Action<HttpRequestHeaders> condition, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(HttpMethod.Put, href, new StringContent(ics, new UTF8Encoding(false), "text/calendar"), r => condition(r.Headers), cancellationToken);
        var status = response.StatusCode;
        if (status == HttpStatusCode.MultiStatus)
        {
            // Xandikos answers a refused PUT with a 207 whose inner status is the real one.
            var inner = Multistatus.Parse(await ReadAsync(response, cancellationToken), href).First;
            status = inner?.Status ?? HttpStatusCode.MultiStatus;
            if (status == HttpStatusCode.PreconditionFailed && inner?.Error is not "no-uid-conflict")
            {
                return new CalDavWrite(CalDavWriteOutcome.PreconditionFailed, null);
            }

            throw new CalDavException($"The CalDAV server refused PUT {href}: {(int)status} {inner?.Error ?? status.ToString()}.", status);
        }

        return status switch
        {
            HttpStatusCode.OK or HttpStatusCode.Created or HttpStatusCode.NoContent =>
                new CalDavWrite(CalDavWriteOutcome.Done, ETagOf(response) ?? await ETagAsync(href, cancellationToken)),
            HttpStatusCode.PreconditionFailed => new CalDavWrite(CalDavWriteOutcome.PreconditionFailed, null),
            _ => throw await RefusalAsync(response, cancellationToken),
        };
    }

    // Some servers (Google, iCloud, those that rewrite data) send no ETag on PUT: ask for it.
    private async Task<string?> ETagAsync(Uri href, CancellationToken cancellationToken)
    {
        var answer = await MultistatusAsync(Propfind, href, "0", DavNames.Propfind(DavNames.Dav + "getetag"), cancellationToken);
        return answer?.Responses.Select(r => r.Text(DavNames.Dav + "getetag")).FirstOrDefault(e => e is not null);
    }

    private static string? ETagOf(HttpResponseMessage response) =>
        response.Headers.TryGetValues("ETag", out var values) ? values.FirstOrDefault() : null;
}
