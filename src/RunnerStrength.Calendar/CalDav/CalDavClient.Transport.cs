using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace RunnerStrength.Calendar.CalDav;

public sealed partial class CalDavClient
{
    // PROPFIND, REPORT and MKCALENDAR answered with a multistatus; null when the resource is not there.
    private async Task<Multistatus?> MultistatusAsync(HttpMethod method, Uri uri, string depth, string body, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(method, uri, new StringContent(body, new UTF8Encoding(false), "application/xml"),
            r => r.Headers.Add("Depth", depth), cancellationToken);
        if (response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed)
        {
            return null;
        }

        if (response.StatusCode != HttpStatusCode.MultiStatus)
        {
            throw await RefusalAsync(response, cancellationToken);
        }

        return Multistatus.Parse(await ReadAsync(response, cancellationToken), response.RequestMessage?.RequestUri ?? uri);
    }

    /// <summary>Sends with credentials, following redirects by hand (keeping the method and body) up to five times.</summary>
    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, Uri uri, HttpContent? content, Action<HttpRequestMessage>? prepare, CancellationToken cancellationToken)
    {
        var body = content is null ? null : await content.ReadAsByteArrayAsync(cancellationToken);
        var contentType = content?.Headers.ContentType;
        content?.Dispose();
        var repeated = false;
        for (var hop = 0; ; hop++)
        {
            using var request = new HttpRequestMessage(method, uri);
            if (body is not null)
            {
                request.Content = new ByteArrayContent(body);
                request.Content.Headers.ContentType = contentType;
            }

            if (account.AuthorizationHeader is { } authorization && MayCarryCredentials(uri))
            {
                request.Headers.Authorization = AuthenticationHeaderValue.Parse(authorization);
            }

            // Radicale's WSGI server answers HTTP/1.0 and closes the socket; a pooled reuse then fails
            // with "response ended prematurely". Publishing sends a few requests an hour: no reuse.
            request.Headers.ConnectionClose = true;
            prepare?.Invoke(request);
            HttpResponseMessage response;
            try
            {
                response = await http.SendAsync(request, cancellationToken);
            }
            catch (HttpRequestException e) when (!repeated && e.InnerException is HttpIOException { HttpRequestError: HttpRequestError.ResponseEnded })
            {
                // Radicale's WSGI server now and then closes the socket without an answer (about one run
                // in five). Every request here is safe to send again once: reads, conditional writes
                // (If-None-Match / If-Match) and MKCALENDAR (a second one is refused, not doubled).
                repeated = true;
                hop--;
                continue;
            }

            if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
            {
                response.Dispose();
                throw new CalDavException(response.StatusCode == HttpStatusCode.Unauthorized
                    ? $"The CalDAV server at {account.Url.GetLeftPart(UriPartial.Authority)} refused the user name '{account.Username}' and its password ({(int)response.StatusCode}): check Calendar:CalDav:Username and Calendar:CalDav:Password."
                    : $"The CalDAV server refused {method} {uri} for user '{account.Username}' ({(int)response.StatusCode} Forbidden): the account may not write to that calendar.", response.StatusCode);
            }

            if ((int)response.StatusCode is 301 or 302 or 303 or 307 or 308 && response.Headers.Location is { } location && hop < MaxRedirects)
            {
                response.Dispose();
                uri = new Uri(uri, location);
                continue;
            }

            return response;
        }
    }

    /// <summary>
    /// Whether the password may go to <paramref name="uri"/>: the configured origin (scheme, host, port), or over
    /// HTTPS a host of the configured host's own domain (iCloud's partitions: caldav.icloud.com sends to
    /// p42-caldav.icloud.com). Never another site, never from https down to http.
    /// </summary>
    public bool MayCarryCredentials(Uri uri)
    {
        var configured = account.Url;
        if (Uri.Compare(uri, configured, UriComponents.SchemeAndServer, UriFormat.UriEscaped, StringComparison.OrdinalIgnoreCase) == 0)
        {
            return true;
        }

        var domain = configured.Host.Split('.') is { Length: > 2 } labels ? string.Join('.', labels[^2..]) : configured.Host;
        return uri.Scheme == Uri.UriSchemeHttps && configured.Scheme == Uri.UriSchemeHttps && uri.IsDefaultPort
            && uri.Host.EndsWith("." + domain, StringComparison.OrdinalIgnoreCase) && configured.HostNameType == UriHostNameType.Dns;
    }

    /// <summary>A body read up to <see cref="MaxResponseBytes"/>: a server (or something posing as one) cannot fill the memory.</summary>
    private static async Task<string> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.Content.Headers.ContentLength > MaxResponseBytes)
        {
            throw new CalDavException($"The CalDAV server's answer to {response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} is {response.Content.Headers.ContentLength} bytes, over the {MaxResponseBytes}-byte limit.", response.StatusCode);
        }

        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxResponseBytes)
            {
                throw new CalDavException($"The CalDAV server's answer to {response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} went over the {MaxResponseBytes}-byte limit.", response.StatusCode);
            }
        }

        return CharsetOf(response).GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    // Xandikos quotes it (charset="utf-8"); an unknown one is read as UTF-8, as HttpContent does.
    private static Encoding CharsetOf(HttpResponseMessage response)
    {
        try
        {
            return response.Content.Headers.ContentType?.CharSet?.Trim('"') is { Length: > 0 } charset ? Encoding.GetEncoding(charset) : Encoding.UTF8;
        }
        catch (ArgumentException)
        {
            return Encoding.UTF8;
        }
    }

    private static async Task<CalDavException> RefusalAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var body = await ReadAsync(response, cancellationToken);
        var excerpt = body.Length > 200 ? body[..200] + "…" : body;
        return new CalDavException(
            $"The CalDAV server answered {(int)response.StatusCode} {response.ReasonPhrase} to {response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}{(excerpt.Length > 0 ? ": " + excerpt.ReplaceLineEndings(" ") : "")}.",
            response.StatusCode);
    }
}
