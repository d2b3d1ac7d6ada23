using System.Net;
using Microsoft.Extensions.Options;
using Refit;
using RunnerStrength.Strava.Api;
using RunnerStrength.Strava.Auth;

namespace RunnerStrength.Strava;

/// <summary>
/// The athlete's connection as Strava sees it: the code exchange, revocation, whether an activity or our
/// authorization still exists, and the push subscription. Strava's HTTP answers become this adapter's
/// exceptions or plain answers here, so nothing outside the adapter handles Refit's.
/// </summary>
public sealed class StravaAccount(
    IStravaOAuth oauth, IStravaApi api, IStravaSubscriptions subscriptions, StravaApp app, IHttpClientFactory clients, IOptions<StravaOptions> options)
{
    /// <summary>Exchanges the code Strava sent the browser back with.</summary>
    /// <exception cref="StravaConnectException">Strava refused the code (used, expired) or the application's credentials.</exception>
    public async Task<StravaToken> ExchangeCodeAsync(string code, CancellationToken cancellationToken)
    {
        var credentials = app.Credentials();
        try
        {
            return await oauth.TokenAsync(new Dictionary<string, string>
            {
                ["client_id"] = credentials.ClientId,
                ["client_secret"] = credentials.ClientSecret,
                ["code"] = code,
                ["grant_type"] = "authorization_code",
            }, cancellationToken);
        }
        catch (ApiException e) when (e.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Unauthorized)
        {
            throw new StravaConnectException($"Strava refused the exchange ({(int)e.StatusCode}): the code was used already or expired, or Strava:ClientId/ClientSecret are wrong; start again.", e);
        }
    }

    /// <summary>
    /// Asks Strava to revoke our access: <c>POST oauth/revoke</c> (HTTP Basic with the app's credentials, the token
    /// in the body), or the old <c>oauth/deauthorize</c> while the new endpoint is not there (404/405). False, with
    /// the reason, when Strava could not be reached or refused.
    /// </summary>
    public async Task<(bool Revoked, string? Problem)> RevokeAsync(string accessToken, CancellationToken cancellationToken)
    {
        try
        {
            using var client = clients.CreateClient();
            var credentials = app.Credentials();
            using var revoke = new HttpRequestMessage(HttpMethod.Post, new Uri(options.Value.RevokeUrl))
            {
                Content = new FormUrlEncodedContent([new("token", accessToken)]),
            };
            revoke.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Basic", Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{credentials.ClientId}:{credentials.ClientSecret}")));
            using var response = await client.SendAsync(revoke, cancellationToken);
            if (response.StatusCode is not (HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed))
            {
                return (response.IsSuccessStatusCode, response.IsSuccessStatusCode ? null : $"Strava answered {(int)response.StatusCode}");
            }

            using var deauthorize = await client.PostAsync(new Uri(options.Value.DeauthorizeUrl), new FormUrlEncodedContent([new("access_token", accessToken)]), cancellationToken);
            return (deauthorize.IsSuccessStatusCode, deauthorize.IsSuccessStatusCode ? null : $"Strava answered {(int)deauthorize.StatusCode}");
        }
        catch (HttpRequestException e)
        {
            return (false, e.Message);
        }
    }

    /// <summary>The activity as Strava has it now.</summary>
    public Task<StravaActivity> ActivityAsync(long id, CancellationToken cancellationToken) => api.GetActivityAsync(id, cancellationToken);

    /// <summary>The activity as Strava has it now, or null when Strava has no such activity (404: never worth a retry).</summary>
    public async Task<StravaActivity?> FindActivityAsync(long id, CancellationToken cancellationToken)
    {
        try
        {
            return await api.GetActivityAsync(id, cancellationToken);
        }
        catch (ApiException e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    /// <summary>Whether Strava still has the activity (a deletion event is believed only when it does not).</summary>
    public async Task<bool> HasActivityAsync(long id, CancellationToken cancellationToken)
    {
        try
        {
            await api.GetActivityAsync(id, cancellationToken);
            return true;
        }
        catch (ApiException e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return false;
        }
    }

    /// <summary>
    /// Whether our tokens still work. A revoked authorization makes the API refuse the token and then its
    /// refresh: the auth handler records the disconnection and throws. Any other failure (an outage, the
    /// rate limit) propagates.
    /// </summary>
    public async Task<bool> StillAuthorizedAsync(CancellationToken cancellationToken)
    {
        try
        {
            await api.GetAthleteAsync(cancellationToken);
            return true;
        }
        catch (Exception e) when (e is StravaDisconnectedException || e.InnerException is StravaDisconnectedException)
        {
            return false; // Refit wraps what the handlers throw
        }
    }

    /// <summary>Creates the push subscription, or keeps the one that already points at our callback (one per application).</summary>
    /// <returns>The new subscription's id, or null when ours was there already.</returns>
    public async Task<(long Id, bool Created)> EnsureSubscriptionAsync(CancellationToken cancellationToken)
    {
        var webhook = options.Value.Webhook;
        var (id, secret) = app.Credentials();
        var existing = await subscriptions.ListAsync(id, secret, cancellationToken);
        if (existing.FirstOrDefault(s => s.CallbackUrl == webhook.CallbackUrl) is { } ours)
        {
            return (ours.Id, false);
        }

        foreach (var stale in existing)
        {
            await subscriptions.DeleteAsync(stale.Id, id, secret, cancellationToken); // a subscription cannot be edited
        }

        var created = await subscriptions.CreateAsync(new Dictionary<string, string>
        {
            ["client_id"] = id,
            ["client_secret"] = secret,
            ["callback_url"] = webhook.CallbackUrl!,
            ["verify_token"] = webhook.VerifyToken!,
        }, cancellationToken);
        return (created.Id, true);
    }
}
