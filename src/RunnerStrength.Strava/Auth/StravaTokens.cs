using System.Net;
using Refit;
using RunnerStrength.Strava.Api;

namespace RunnerStrength.Strava.Auth;

/// <summary>
/// Hands out a valid access token: refreshed five minutes before expiry, the rotated refresh token
/// persisted before the new access token is used, and concurrent refreshes collapsed into one
/// (strava-api.md 1.4). A refused refresh token puts the athlete in the "reconnect" state.
/// </summary>
public sealed class StravaTokens(IStravaOAuth oauth, IStravaTokenStore store, Func<StravaAppCredentials> credentials, TimeProvider time) : IDisposable
{
    private static readonly TimeSpan Margin = TimeSpan.FromMinutes(5);
    private readonly SemaphoreSlim _refresh = new(1, 1);

    public async Task<string> AccessTokenAsync(CancellationToken cancellationToken)
    {
        var tokens = await LoadAsync(cancellationToken);
        return tokens.ExpiresAt - time.GetUtcNow() > Margin ? tokens.AccessToken : (await RefreshAsync(tokens.AccessToken, cancellationToken)).AccessToken;
    }

    /// <summary>Refreshes unless another caller already replaced <paramref name="staleAccessToken"/>.</summary>
    public async Task<StravaTokenSet> RefreshAsync(string staleAccessToken, CancellationToken cancellationToken)
    {
        await _refresh.WaitAsync(cancellationToken);
        try
        {
            var current = await LoadAsync(cancellationToken);
            if (current.AccessToken != staleAccessToken && current.ExpiresAt - time.GetUtcNow() > Margin)
            {
                return current;
            }

            var app = credentials();
            StravaToken answer;
            try
            {
                answer = await oauth.TokenAsync(new Dictionary<string, string>
                {
                    ["client_id"] = app.ClientId,
                    ["client_secret"] = app.ClientSecret,
                    ["grant_type"] = "refresh_token",
                    ["refresh_token"] = current.RefreshToken,
                }, cancellationToken);
            }
            catch (ApiException e) when (e.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Unauthorized)
            {
                const string reason = "Strava refused the stored refresh token (revoked, or replaced by a newer one): reconnect with 'runnerstrength strava connect' or /connect/strava.";
                await store.MarkDisconnectedAsync(reason, cancellationToken);
                throw new StravaDisconnectedException(reason, e);
            }

            var next = new StravaTokenSet(answer.AccessToken, answer.RefreshToken, DateTimeOffset.FromUnixTimeSeconds(answer.ExpiresAt));
            await store.SaveAsync(next, cancellationToken);
            return next;
        }
        finally
        {
            _refresh.Release();
        }
    }

    public void Dispose() => _refresh.Dispose();

    public Task DisconnectAsync(string reason, CancellationToken cancellationToken) => store.MarkDisconnectedAsync(reason, cancellationToken);

    private async Task<StravaTokenSet> LoadAsync(CancellationToken cancellationToken) =>
        await store.LoadAsync(cancellationToken)
        ?? throw new StravaDisconnectedException("Strava is not connected: run 'runnerstrength strava connect' or open /connect/strava.");
}
