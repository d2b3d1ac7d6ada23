using Microsoft.Extensions.Options;

namespace RunnerStrength.Strava.Api;

/// <summary>
/// Sends each API call to the new base when <see cref="StravaApiBase"/> says so, and to the old one when the new
/// one does not answer like Strava's API (no connection, or an answer that is not JSON, as a host not serving the
/// API yet gives). Innermost: the rate budget and the token see one call either way. Every call here is safe to
/// send twice: reads, and a subscription the new base did not take.
/// </summary>
public sealed class StravaApiBaseHandler(StravaApiBase bases, IOptions<StravaOptions> options) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var old = options.Value.ApiBaseUrl.TrimEnd('/');
        var next = options.Value.NextApiBaseUrl?.TrimEnd('/');
        var target = request.RequestUri!.AbsoluteUri;
        if (string.IsNullOrEmpty(next) || !target.StartsWith(old + "/", StringComparison.Ordinal) || !bases.TryNext())
        {
            return await base.SendAsync(request, cancellationToken);
        }

        var body = request.Content is null ? null : await request.Content.ReadAsByteArrayAsync(cancellationToken);
        using var toNext = Copy(request, new Uri(next + target[old.Length..]), body);
        try
        {
            var response = await base.SendAsync(toNext, cancellationToken);
            if (response.Content.Headers.ContentType?.MediaType == "application/json")
            {
                bases.Answered(true);
                return response;
            }

            response.Dispose();
        }
        catch (HttpRequestException)
        {
            // Not there yet (or not reachable): the old base, which serves until June 2027.
        }

        bases.Answered(false);
        using var toOld = Copy(request, request.RequestUri, body);
        return await base.SendAsync(toOld, cancellationToken);
    }

    private static HttpRequestMessage Copy(HttpRequestMessage request, Uri uri, byte[]? body)
    {
        var copy = new HttpRequestMessage(request.Method, uri);
        foreach (var (name, values) in request.Headers)
        {
            copy.Headers.TryAddWithoutValidation(name, values);
        }

        if (body is not null)
        {
            copy.Content = new ByteArrayContent(body);
            foreach (var (name, values) in request.Content!.Headers)
            {
                copy.Content.Headers.TryAddWithoutValidation(name, values);
            }
        }

        return copy;
    }
}
