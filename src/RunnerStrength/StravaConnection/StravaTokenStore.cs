using Microsoft.EntityFrameworkCore;
using RunnerStrength.Storage;
using RunnerStrength.Storage.Athletes;
using RunnerStrength.Strava.Auth;

namespace RunnerStrength.StravaConnection;

/// <summary>The athlete's tokens in the store, encrypted with the key ring; a scope per call, since token refreshes come from any job.</summary>
internal sealed partial class StravaTokenStore(IServiceScopeFactory scopes, SecretProtector secrets, ILogger<StravaTokenStore> logger) : IStravaTokenStore
{
    public async Task<StravaTokenSet?> LoadAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var row = await RowAsync(scope.ServiceProvider, cancellationToken);
        return row is { DisconnectedReason: null, ProtectedAccessToken: { } access, ProtectedRefreshToken: { } refresh }
            ? new StravaTokenSet(secrets.Unprotect(access), secrets.Unprotect(refresh), row.ExpiresAt)
            : null;
    }

    public async Task SaveAsync(StravaTokenSet tokens, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var row = await RowAsync(scope.ServiceProvider, cancellationToken) ?? throw new InvalidOperationException("No Strava connection to save tokens to.");
        row.ProtectedAccessToken = secrets.Protect(tokens.AccessToken);
        row.ProtectedRefreshToken = secrets.Protect(tokens.RefreshToken);
        row.ExpiresAt = tokens.ExpiresAt;
        await scope.ServiceProvider.GetRequiredService<RunnerStrengthDbContext>().SaveChangesAsync(cancellationToken);
    }

    public async Task MarkDisconnectedAsync(string reason, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        if (await RowAsync(scope.ServiceProvider, cancellationToken) is { } row)
        {
            row.DisconnectedReason = reason;
            await scope.ServiceProvider.GetRequiredService<RunnerStrengthDbContext>().SaveChangesAsync(cancellationToken);
        }

        LogDisconnected(logger, reason);
    }

    private static async Task<Storage.StravaConnections.StravaConnectionRow?> RowAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var athleteId = await services.GetRequiredService<AthleteStore>().DefaultAthleteIdAsync(cancellationToken);
        return await services.GetRequiredService<RunnerStrengthDbContext>().StravaConnections.FirstOrDefaultAsync(c => c.AthleteId == athleteId, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Strava disconnected: {Reason}")]
    private static partial void LogDisconnected(ILogger logger, string reason);
}
