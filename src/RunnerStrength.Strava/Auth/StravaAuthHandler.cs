using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using RunnerStrength.Strava.Api;

namespace RunnerStrength.Strava.Auth;

/// <summary>
/// Sends the bearer token; on a 401 refreshes once and sends again, then gives up. A missing scope or
/// Strava's "application inactive" 403 disconnects the athlete: retrying cannot help.
/// </summary>
public sealed class StravaAuthHandler(StravaTokens tokens) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsByteArrayAsync(cancellationToken);
        var token = await tokens.AccessTokenAsync(cancellationToken);
        var response = await SendWithAsync(request, token, cancellationToken);
        if (response.StatusCode == HttpStatusCode.Unauthorized)
        {
            var fault = await FaultAsync(response, cancellationToken);
            if (fault?.Has("AccessToken", "activity:read_permission", "missing") == true)
            {
                response.Dispose();
                const string reason = "Strava's authorization lacks activity reading (activity:read_all was unticked): reconnect and keep 'View data about your private activities' ticked.";
                await tokens.DisconnectAsync(reason, cancellationToken);
                throw new StravaDisconnectedException(reason);
            }

            response.Dispose();
            var fresh = await tokens.RefreshAsync(token, cancellationToken);
            using var again = new HttpRequestMessage(request.Method, request.RequestUri);
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
                const string revoked = "Strava refused a freshly refreshed token (access revoked on strava.com?): reconnect with 'runnerstrength strava connect' or /connect/strava.";
                await tokens.DisconnectAsync(revoked, cancellationToken);
                throw new StravaDisconnectedException(revoked);
            }
        }

        if (response.StatusCode == HttpStatusCode.Forbidden && (await FaultAsync(response, cancellationToken))?.Has("Application", "Status", "Inactive") == true)
        {
            response.Dispose();
            const string reason = "Strava switched the API application off (403 Application Inactive; since 2026 its owner needs a Strava subscription): fix it at strava.com/settings/api, then reconnect.";
            await tokens.DisconnectAsync(reason, cancellationToken);
            throw new StravaDisconnectedException(reason);
        }

        return response;
    }

    private Task<HttpResponseMessage> SendWithAsync(HttpRequestMessage request, string token, CancellationToken cancellationToken)
    {
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return base.SendAsync(request, cancellationToken);
    }

    private static async Task<StravaFault?> FaultAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            await response.Content.LoadIntoBufferAsync(cancellationToken);
            return JsonSerializer.Deserialize(await response.Content.ReadAsStringAsync(cancellationToken), StravaJsonContext.Default.StravaFault);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
