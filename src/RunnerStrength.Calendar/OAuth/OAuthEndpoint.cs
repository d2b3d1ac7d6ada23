using System.Net;
using System.Text.Json;
using RunnerStrength.Calendar.Providers;

namespace RunnerStrength.Calendar.OAuth;

/// <summary>
/// A provider's token and revocation endpoints: form posts (RFC 6749, RFC 7009). A refused grant
/// (<c>invalid_grant</c>) means the athlete must reconnect; anything else is the provider being unavailable.
/// </summary>
public sealed class OAuthEndpoint(IHttpClientFactory clients, TimeProvider time)
{
    public const string HttpClientName = "calendar-oauth";

    /// <summary>Exchanges the authorization code the browser brought back.</summary>
    public Task<OAuthTokenSet> ExchangeCodeAsync(OAuthApp app, string code, Uri redirectUri, string? codeVerifier, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(app);
        var form = Client(app);
        form["grant_type"] = "authorization_code";
        form["code"] = code;
        form["redirect_uri"] = redirectUri.AbsoluteUri;
        if (codeVerifier is not null)
        {
            form["code_verifier"] = codeVerifier;
        }

        return TokenAsync(app, form, previousRefreshToken: null, cancellationToken);
    }

    /// <summary>A new access token; the refresh token is kept unless the provider rotated it (Microsoft does).</summary>
    public Task<OAuthTokenSet> RefreshAsync(OAuthApp app, string refreshToken, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(app);
        var form = Client(app);
        form["grant_type"] = "refresh_token";
        form["refresh_token"] = refreshToken;
        if (app.ClientSecret is null)
        {
            form["scope"] = app.Scopes; // a public client repeats its scopes (Microsoft identity platform)
        }

        return TokenAsync(app, form, refreshToken, cancellationToken);
    }

    /// <summary>Revokes <paramref name="token"/> where the provider has an endpoint for it; false (with why) when it could not.</summary>
    public async Task<(bool Revoked, string? Problem)> RevokeAsync(OAuthApp app, string token, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (app.RevokeUrl is null)
        {
            return (false, $"{app.DisplayName} has no endpoint to revoke a token");
        }

        try
        {
            using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["token"] = token });
            using var response = await clients.CreateClient(HttpClientName).PostAsync(app.RevokeUrl, content, cancellationToken);
            return response.IsSuccessStatusCode ? (true, null) : (false, $"{app.RevokeUrl.Host} answered {(int)response.StatusCode}");
        }
        catch (HttpRequestException e)
        {
            return (false, e.Message);
        }
    }

    private static Dictionary<string, string> Client(OAuthApp app)
    {
        var form = new Dictionary<string, string> { ["client_id"] = app.ClientId };
        if (app.ClientSecret is not null)
        {
            form["client_secret"] = app.ClientSecret;
        }

        return form;
    }

    private async Task<OAuthTokenSet> TokenAsync(OAuthApp app, Dictionary<string, string> form, string? previousRefreshToken, CancellationToken cancellationToken)
    {
        HttpResponseMessage response;
        try
        {
            using var content = new FormUrlEncodedContent(form);
            response = await clients.CreateClient(HttpClientName).PostAsync(app.TokenUrl, content, cancellationToken);
        }
        catch (Exception e) when (e is HttpRequestException || (e is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw new CalendarProviderException($"{app.DisplayName}'s token endpoint ({app.TokenUrl.Host}) did not answer: {e.Message}", CalendarFault.Unavailable, innerException: e);
        }

        using (response)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            OAuthAnswer? answer = null;
            try
            {
                answer = JsonSerializer.Deserialize(body, CalendarJsonContext.Default.OAuthAnswer);
            }
            catch (JsonException)
            {
                // Not JSON (a proxy's error page): judged by the status below.
            }

            if (response.IsSuccessStatusCode && answer is { AccessToken: { Length: > 0 } access })
            {
                var refresh = answer.RefreshToken ?? previousRefreshToken
                    ?? throw new CalendarProviderException($"{app.DisplayName} gave no refresh token, so the connection would end within the hour: remove RunnerStrength from your account's connected apps, then connect again.", CalendarFault.Disconnected);
                return new OAuthTokenSet(access, refresh, time.GetUtcNow().AddSeconds(answer.ExpiresIn ?? 3600));
            }

            if (answer?.Error is "invalid_grant" or "invalid_client" or "unauthorized_client")
            {
                var what = answer.Error == "invalid_grant" ? "the authorization" : "the OAuth client (check ClientId and ClientSecret)";
                throw new CalendarProviderException($"{app.DisplayName} refused {what} ({answer.Error}{(answer.ErrorDescription is { Length: > 0 } d ? ": " + FirstLine(d) : "")}). {app.ReconnectHint}", CalendarFault.Disconnected);
            }

            var fault = response.StatusCode is HttpStatusCode.TooManyRequests || (int)response.StatusCode >= 500 ? CalendarFault.Unavailable : CalendarFault.Disconnected;
            throw new CalendarProviderException($"{app.DisplayName}'s token endpoint answered {(int)response.StatusCode}{(answer?.Error is { } error ? " " + error : "")}.", fault);
        }
    }

    // Microsoft's descriptions run to several lines with trace ids; the first says what happened.
    private static string FirstLine(string text) => text.Split('\n', 2)[0].Trim();
}
