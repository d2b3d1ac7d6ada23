using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Options;

namespace RunnerStrength.Garmin.Auth;

/// <summary>
/// The bearer token for data calls: the stored one while it has more than an hour left, else a new one from
/// the key exchange (<c>POST TokenUrl</c>, <c>Authorization: ApiKey KEY</c>). Concurrent renewals collapse
/// into one exchange. A refused key puts Garmin in "disconnected: new key needed".
/// </summary>
public sealed class GarminTokens(IHttpClientFactory clients, IGarminKeyStore store, GarminPace pace, IOptions<GarminOptions> options, Func<string?, string?> revealSecret, TimeProvider time) : IDisposable
{
    public const string TokenClient = "garmin-token";
    private static readonly TimeSpan RenewAhead = TimeSpan.FromHours(1);
    private readonly SemaphoreSlim _exchange = new(1, 1);

    // The token in use, so that a history of downloads does not read the store once per call.
    private GarminToken? _current;

    /// <summary>The key to use: configuration wins over one given with <c>garmin connect</c>.</summary>
    public async Task<string?> KeyAsync(CancellationToken cancellationToken) =>
        revealSecret(options.Value.ApiKey) is { Length: > 0 } configured ? configured : await store.StoredKeyAsync(cancellationToken);

    public async Task<string> AccessTokenAsync(CancellationToken cancellationToken)
    {
        var token = Volatile.Read(ref _current) ?? await store.LoadTokenAsync(cancellationToken);
        if (token is not null && token.ExpiresAt - time.GetUtcNow() > RenewAhead)
        {
            Volatile.Write(ref _current, token);
            return token.AccessToken;
        }

        return (await RenewAsync(token?.AccessToken, cancellationToken)).AccessToken;
    }

    /// <summary>A new token, unless another caller renewed <paramref name="rejected"/> meanwhile.</summary>
    public async Task<GarminToken> RenewAsync(string? rejected, CancellationToken cancellationToken)
    {
        await _exchange.WaitAsync(cancellationToken);
        try
        {
            var stored = await store.LoadTokenAsync(cancellationToken);
            if (stored is not null && stored.AccessToken != rejected && stored.ExpiresAt - time.GetUtcNow() > RenewAhead)
            {
                Volatile.Write(ref _current, stored);
                return stored;
            }

            Volatile.Write(ref _current, null);
            var (token, _) = await ExchangeAsync(cancellationToken);
            await store.SaveTokenAsync(token, cancellationToken);
            Volatile.Write(ref _current, token);
            return token;
        }
        finally
        {
            _exchange.Release();
        }
    }

    /// <summary>One key exchange; the token and what the answer held (for <c>garmin check</c>).</summary>
    public async Task<(GarminToken Token, string Found)> ExchangeAsync(CancellationToken cancellationToken)
    {
        var key = await KeyAsync(cancellationToken);
        if (string.IsNullOrWhiteSpace(key))
        {
            throw new GarminKeyRefusedException($"No Garmin key: give one with 'runnerstrength garmin connect' or {GarminOptions.Section}:ApiKey.");
        }

        if (pace.ClosedUntil is { } closed)
        {
            throw new GarminRateLimitedException(closed);
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, options.Value.TokenUrl);
        request.Headers.Authorization = new AuthenticationHeaderValue("ApiKey", key.Trim());
        using var response = await clients.CreateClient(TokenClient).SendAsync(request, cancellationToken);
        if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.BadRequest)
        {
            var reason = $"Garmin refused the Personal API key ({(int)response.StatusCode}): it expired or was deleted. Create a new key on Garmin Connect web and give it with 'runnerstrength garmin connect'.";
            await store.MarkKeyRefusedAsync(reason, cancellationToken);
            throw new GarminKeyRefusedException(reason);
        }

        if (response.StatusCode == HttpStatusCode.TooManyRequests)
        {
            var until = GarminRetryAfter.Until(response, time.GetUtcNow());
            pace.Close(until);
            throw new GarminRateLimitedException(until);
        }

        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        return GarminTokenResponse.Parse(body, time.GetUtcNow(), out var found) is { } token
            ? (token, found)
            : throw new HttpRequestException($"Garmin's key exchange answered without a token ({found}).");
    }

    public void Dispose() => _exchange.Dispose();
}
