using System.Net;
using System.Net.Http.Headers;

namespace RunnerStrength.Garmin.Auth;

/// <summary>
/// Sends the bearer token and keeps Garmin's pace: nothing is sent while a 429's <c>Retry-After</c> runs,
/// a 429 closes the door for its time, and a 401 renews the token once and sends again; a second 401 means
/// the key no longer works. Innermost, so the retry pipeline outside never repeats a 429 or a 401.
/// </summary>
public sealed class GarminAuthHandler(GarminTokens tokens, GarminPace pace, IGarminKeyStore store, TimeProvider time) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (pace.ClosedUntil is { } closed)
        {
            throw new GarminRateLimitedException(closed);
        }

        var token = await tokens.AccessTokenAsync(cancellationToken);
        var response = await SendWithAsync(request, token, cancellationToken);
        if (response.StatusCode == HttpStatusCode.Unauthorized)
        {
            response.Dispose();
            var fresh = await tokens.RenewAsync(token, cancellationToken);
            response = await SendWithAsync(request, fresh.AccessToken, cancellationToken);
            if (response.StatusCode == HttpStatusCode.Unauthorized)
            {
                response.Dispose();
                const string reason = "Garmin refused a fresh token from the key (the key was deleted?): create a new key on Garmin Connect web and give it with 'runnerstrength garmin connect'.";
                await store.MarkKeyRefusedAsync(reason, cancellationToken);
                throw new GarminKeyRefusedException(reason);
            }
        }

        if (response.StatusCode == HttpStatusCode.TooManyRequests)
        {
            var until = GarminRetryAfter.Until(response, time.GetUtcNow());
            response.Dispose();
            pace.Close(until);
            throw new GarminRateLimitedException(until);
        }

        return response;
    }

    private Task<HttpResponseMessage> SendWithAsync(HttpRequestMessage request, string token, CancellationToken cancellationToken)
    {
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return base.SendAsync(request, cancellationToken);
    }
}
