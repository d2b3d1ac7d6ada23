using System.Net;
using System.Net.Http.Headers;

namespace RunnerStrength.Calendar.OAuth;

/// <summary>Sends the provider's bearer token; on a 401 refreshes once and sends again, then gives up (reconnect).</summary>
public sealed class BearerHandler(OAuthTokens tokens, string displayName) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsByteArrayAsync(cancellationToken);
        var token = await tokens.AccessTokenAsync(cancellationToken);
        var response = await SendWithAsync(request, token, cancellationToken);
        if (response.StatusCode != HttpStatusCode.Unauthorized)
        {
            return response;
        }

        response.Dispose();
        var fresh = await tokens.RefreshAsync(token, cancellationToken);
        using var again = new HttpRequestMessage(request.Method, request.RequestUri);
        foreach (var (name, values) in request.Headers.Where(h => h.Key != "Authorization"))
        {
            again.Headers.TryAddWithoutValidation(name, values);
        }

        if (body is not null)
        {
            again.Content = new ByteArrayContent(body);
            again.Content.Headers.ContentType = request.Content!.Headers.ContentType;
        }

        response = await SendWithAsync(again, fresh.AccessToken, cancellationToken);
        if (response.StatusCode == HttpStatusCode.Unauthorized)
        {
            // Refreshed once and still refused: the access was revoked. Give up rather than loop.
            response.Dispose();
            throw await tokens.DisconnectAsync($"{displayName} refused a freshly refreshed token (access removed from the account?): connect again.", cancellationToken);
        }

        return response;
    }

    private Task<HttpResponseMessage> SendWithAsync(HttpRequestMessage request, string token, CancellationToken cancellationToken)
    {
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return base.SendAsync(request, cancellationToken);
    }
}
