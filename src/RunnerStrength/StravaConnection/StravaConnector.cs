using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RunnerStrength.Storage;
using RunnerStrength.Storage.Activities;
using RunnerStrength.Storage.Athletes;
using RunnerStrength.Storage.StravaConnections;
using RunnerStrength.Strava;
using RunnerStrength.Strava.Api;
using RunnerStrength.Strava.Auth;
using RunnerStrength.Training.Activities;

namespace RunnerStrength.StravaConnection;

/// <summary>Connecting once (browser or pasted URL), and disconnecting with the deletion Strava's terms require.</summary>
internal sealed partial class StravaConnector(
    RunnerStrengthDbContext db, AthleteStore athletes, ActivityStore activities, StravaAccount account, StravaApp app, SecretProtector secrets,
    IOptions<StravaOptions> options, TimeProvider time, ILogger<StravaConnector> logger)
{
    private static readonly TimeSpan StateLifetime = TimeSpan.FromMinutes(15);

    /// <summary>Where a headless connection sends the browser back to: Strava always allows localhost, and the athlete copies the address from the browser.</summary>
    public static Uri HeadlessRedirect { get; } = new("http://localhost/runnerstrength-connected");

    /// <summary>Starts a connection: a fresh single-use <c>state</c> (only its hash is stored) in Strava's authorize URL.</summary>
    public async Task<Uri> BeginAsync(Uri redirectUri, CancellationToken cancellationToken)
    {
        var credentials = app.Credentials();
        var state = Base64Url(RandomNumberGenerator.GetBytes(24));
        var row = await RowAsync(create: true, cancellationToken);
        row!.PendingStateHash = Hash(state);
        row.PendingStateExpiresAt = time.GetUtcNow() + StateLifetime;
        await db.SaveChangesAsync(cancellationToken);
        return StravaAuthorization.AuthorizeUrl(new Uri(options.Value.AuthorizeUrl), credentials.ClientId, redirectUri, state);
    }

    /// <summary>Finishes with the address Strava sent the browser back to: checks state and scopes, exchanges the code, stores the tokens encrypted.</summary>
    /// <exception cref="StravaConnectException">Anything the athlete must act on, in one sentence.</exception>
    public async Task<StravaAthlete?> CompleteAsync(Uri returned, CancellationToken cancellationToken)
    {
        app.Credentials(); // a clear sentence when Strava is not configured, before anything else
        var row = await RowAsync(create: false, cancellationToken);
        var state = StravaAuthorization.StateOf(returned);
        if (row?.PendingStateHash is null || row.PendingStateExpiresAt < time.GetUtcNow() || Hash(state) != row.PendingStateHash)
        {
            throw new StravaConnectException("This address does not belong to a connection started here in the last 15 minutes: start again.");
        }

        var grant = StravaAuthorization.ParseCallback(returned, state);
        row.PendingStateHash = null; // single use, whatever happens next
        await db.SaveChangesAsync(cancellationToken);
        var token = await account.ExchangeCodeAsync(grant.Code, cancellationToken);

        if (row.StravaAthleteId is { } previous && token.Athlete is { } athlete && athlete.Id != previous)
        {
            // Another Strava account: its predecessor's activities and progress must not mix with it.
            await activities.DeleteSourceAsync(row.AthleteId, ActivitySource.Strava, cancellationToken);
            row.CursorJson = "{}";
        }

        row.StravaAthleteId = token.Athlete?.Id ?? row.StravaAthleteId;
        row.ProtectedAccessToken = secrets.Protect(token.AccessToken);
        row.ProtectedRefreshToken = secrets.Protect(token.RefreshToken);
        row.ExpiresAt = DateTimeOffset.FromUnixTimeSeconds(token.ExpiresAt);
        row.Scopes = string.Join(',', grant.Scopes);
        row.DisconnectedReason = null;
        row.WaitingUntil = null;
        await db.SaveChangesAsync(cancellationToken);
        LogConnected(logger, row.StravaAthleteId, row.Scopes);
        return token.Athlete;
    }

    /// <summary>Revokes the tokens at Strava (best effort) and deletes them with every Strava-sourced activity; FIT data, races and the strength log stay.</summary>
    public async Task<int> DisconnectAsync(bool revoke, CancellationToken cancellationToken)
    {
        var row = await RowAsync(create: false, cancellationToken);
        if (row is null)
        {
            return 0;
        }

        if (revoke && app.Enabled && row.ProtectedAccessToken is { } access
            && await account.RevokeAsync(secrets.Unprotect(access), cancellationToken) is { Revoked: false, Problem: var problem })
        {
            LogRevokeFailed(logger, problem ?? "no answer"); // The local deletion matters more than the revocation.
        }

        var deleted = await activities.DeleteSourceAsync(row.AthleteId, ActivitySource.Strava, cancellationToken);
        await db.StravaSkipped.Where(s => s.AthleteId == row.AthleteId).ExecuteDeleteAsync(cancellationToken);
        db.StravaConnections.Remove(row);
        await db.SaveChangesAsync(cancellationToken);
        LogDisconnected(logger, deleted);
        return deleted;
    }

    private async Task<StravaConnectionRow?> RowAsync(bool create, CancellationToken cancellationToken)
    {
        var athleteId = await athletes.DefaultAthleteIdAsync(cancellationToken);
        var row = await db.StravaConnections.FirstOrDefaultAsync(c => c.AthleteId == athleteId, cancellationToken);
        if (row is null && create)
        {
            row = new StravaConnectionRow { AthleteId = athleteId };
            db.StravaConnections.Add(row);
        }

        return row;
    }

    private static string Hash(string state) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(state)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    [LoggerMessage(Level = LogLevel.Information, Message = "Strava connected: athlete {StravaAthleteId}, scopes {Scopes}")]
    private static partial void LogConnected(ILogger logger, long? stravaAthleteId, string scopes);

    [LoggerMessage(Level = LogLevel.Information, Message = "Strava disconnected by the athlete: tokens and {Count} Strava activities deleted")]
    private static partial void LogDisconnected(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Strava disconnect: could not revoke the tokens at Strava ({Error}); they are deleted here")]
    private static partial void LogRevokeFailed(ILogger logger, string error);
}
