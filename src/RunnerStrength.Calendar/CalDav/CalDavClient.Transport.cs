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

        return Multistatus.Parse(await response.Content.ReadAsStringAsync(cancellationToken), response.RequestMessage?.RequestUri ?? uri);
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

            // Credentials go to the configured host, or over HTTPS to the host it redirects to (iCloud's partitions).
            if (account.AuthorizationHeader is { } authorization && (uri.Host == account.Url.Host || uri.Scheme == Uri.UriSchemeHttps))
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

    private static async Task<CalDavException> RefusalAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        var excerpt = body.Length > 200 ? body[..200] + "…" : body;
        return new CalDavException(
            $"The CalDAV server answered {(int)response.StatusCode} {response.ReasonPhrase} to {response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}{(excerpt.Length > 0 ? ": " + excerpt.ReplaceLineEndings(" ") : "")}.",
            response.StatusCode);
    }
}
