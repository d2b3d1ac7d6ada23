using System.Net;

namespace RunnerStrength.Calendar.CalDav;

public sealed partial class CalDavClient
{
    /// <summary>
    /// The calendar to publish into (RFC 6764, 5397, 4791 section 6.2): the configured URL if it is a
    /// calendar; otherwise, from the principal's calendar home, the calendar named
    /// <see cref="CalDavAccount.CalendarName"/>, created if missing so deletions never touch the athlete's own calendars.
    /// </summary>
    public async Task<Uri> FindCalendarAsync(CancellationToken cancellationToken)
    {
        var url = WithSlash(account.Url);
        var properties = new[] { DavNames.Dav + "resourcetype", DavNames.Dav + "current-user-principal", DavNames.CalDav + "calendar-home-set" };
        var here = (await MultistatusAsync(Propfind, url, "0", DavNames.Propfind(properties), cancellationToken))?.First;
        if (here?.IsCalendar == true)
        {
            return WithSlash(here.Href);
        }

        if (here?.HrefIn(DavNames.Dav + "current-user-principal", url) is null && here?.HrefIn(DavNames.CalDav + "calendar-home-set", url) is null)
        {
            here = (await MultistatusAsync(Propfind, new Uri(url, "/.well-known/caldav"), "0", DavNames.Propfind(properties), cancellationToken))?.First;
        }

        var home = here?.HrefIn(DavNames.CalDav + "calendar-home-set", url);
        if (home is null && here?.HrefIn(DavNames.Dav + "current-user-principal", url) is { } principal)
        {
            var principalProps = await MultistatusAsync(Propfind, principal, "0", DavNames.Propfind(DavNames.CalDav + "calendar-home-set"), cancellationToken);
            home = principalProps?.First?.HrefIn(DavNames.CalDav + "calendar-home-set", principal);
        }

        if (home is null)
        {
            throw new CalDavException($"{account.Url} is not a CalDAV calendar, and no calendar home was found from it (well-known, current-user-principal, calendar-home-set): set Calendar:CalDav:Url to the server's CalDAV address or to a calendar.");
        }

        return await CalendarInHomeAsync(WithSlash(home), cancellationToken);
    }

    private async Task<Uri> CalendarInHomeAsync(Uri home, CancellationToken cancellationToken)
    {
        var listing = await MultistatusAsync(Propfind, home, "1", DavNames.Propfind(DavNames.Dav + "resourcetype", DavNames.Dav + "displayname"), cancellationToken);
        var ours = listing?.Responses.FirstOrDefault(r => r.IsCalendar && string.Equals(r.Text(DavNames.Dav + "displayname"), account.CalendarName, StringComparison.Ordinal));
        if (ours is not null)
        {
            return WithSlash(ours.Href);
        }

        var created = new Uri(home, Slug(account.CalendarName) + "/");
        using var response = await SendAsync(MakeCalendar, created, new StringContent(DavNames.MakeCalendar(account.CalendarName), System.Text.Encoding.UTF8, "application/xml"), null, cancellationToken);
        if (response.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK)
        {
            return created;
        }

        throw await RefusalAsync(response, cancellationToken);
    }

    private static string Slug(string name)
    {
        var slug = new string(name.ToLowerInvariant().Where(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-').ToArray());
        return slug.Length > 0 ? slug : "runnerstrength";
    }

    // RFC 4918 section 5.2: collections end in a slash; other servers answer 301 without it.
    private static Uri WithSlash(Uri uri) => uri.AbsolutePath.EndsWith('/') ? uri : new UriBuilder(uri) { Path = uri.AbsolutePath + "/" }.Uri;
}
