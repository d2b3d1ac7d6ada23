using RunnerStrength.Calendar.Providers;

namespace RunnerStrength.Calendar.OAuth;

/// <summary>
/// Hands out a valid access token for one provider: refreshed five minutes before expiry, a rotated refresh
/// token saved before the new access token is used, concurrent refreshes collapsed into one. A refused refresh
/// token puts the provider in the "reconnect" state with the provider's hint.
/// </summary>
public sealed class OAuthTokens(Func<OAuthApp> app, OAuthEndpoint endpoint, ICalendarAccountStore store, TimeProvider time) : IDisposable
{
    private static readonly TimeSpan Margin = TimeSpan.FromMinutes(5);
    private readonly SemaphoreSlim _refresh = new(1, 1);

    public async Task<string> AccessTokenAsync(CancellationToken cancellationToken)
    {
        var tokens = await LoadAsync(cancellationToken);
        return tokens.ExpiresAt - time.GetUtcNow() > Margin ? tokens.AccessToken : (await RefreshAsync(tokens.AccessToken, cancellationToken)).AccessToken;
    }

    /// <summary>Refreshes unless another caller already replaced <paramref name="staleAccessToken"/>.</summary>
    public async Task<OAuthTokenSet> RefreshAsync(string staleAccessToken, CancellationToken cancellationToken)
    {
        await _refresh.WaitAsync(cancellationToken);
        try
        {
            var current = await LoadAsync(cancellationToken);
            if (current.AccessToken != staleAccessToken && current.ExpiresAt - time.GetUtcNow() > Margin)
            {
                return current;
            }

            var settings = app();
            OAuthTokenSet next;
            try
            {
                next = await endpoint.RefreshAsync(settings, current.RefreshToken, cancellationToken);
            }
            catch (CalendarProviderException e) when (e.Fault == CalendarFault.Disconnected)
            {
                await store.MarkDisconnectedAsync(settings.Provider, e.Message, cancellationToken);
                throw;
            }

            await store.SaveTokensAsync(settings.Provider, next, cancellationToken);
            return next;
        }
        finally
        {
            _refresh.Release();
        }
    }

    /// <summary>The authorization was refused outright (e.g. a fresh token answered 401): reconnect.</summary>
    public async Task<CalendarProviderException> DisconnectAsync(string reason, CancellationToken cancellationToken)
    {
        await store.MarkDisconnectedAsync(app().Provider, reason, cancellationToken);
        return new CalendarProviderException(reason, CalendarFault.Disconnected);
    }

    public void Dispose() => _refresh.Dispose();

    private async Task<OAuthTokenSet> LoadAsync(CancellationToken cancellationToken)
    {
        var settings = app();
        return await store.LoadTokensAsync(settings.Provider, cancellationToken)
            ?? throw new CalendarProviderException($"{settings.DisplayName} is not connected: run 'runnerstrength calendar connect {settings.Provider}' or use Settings, Connect.", CalendarFault.Disconnected);
    }
}
