using Microsoft.EntityFrameworkCore;
using RunnerStrength.Garmin.Auth;
using RunnerStrength.Storage;
using RunnerStrength.Storage.Athletes;
using RunnerStrength.Storage.GarminConnections;

namespace RunnerStrength.GarminConnection;

/// <summary>The key from <c>garmin connect</c> and the token in the store, encrypted with the key ring; a scope per call, since renewals come from any job.</summary>
internal sealed partial class GarminKeyStore(IServiceScopeFactory scopes, SecretProtector secrets, ILogger<GarminKeyStore> logger) : IGarminKeyStore
{
    public async Task<string?> StoredKeyAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return (await RowAsync(scope.ServiceProvider, create: false, cancellationToken))?.ProtectedKey is { } key ? secrets.Unprotect(key) : null;
    }

    public async Task<GarminToken?> LoadTokenAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var row = await RowAsync(scope.ServiceProvider, create: false, cancellationToken);
        return row is { ProtectedToken: { } token, TokenExpiresAt: { } expires } ? new GarminToken(secrets.Unprotect(token), expires) : null;
    }

    public async Task SaveTokenAsync(GarminToken token, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var row = (await RowAsync(scope.ServiceProvider, create: true, cancellationToken))!;
        (row.ProtectedToken, row.TokenExpiresAt, row.RefusedReason) = (secrets.Protect(token.AccessToken), token.ExpiresAt, null);
        await scope.ServiceProvider.GetRequiredService<RunnerStrengthDbContext>().SaveChangesAsync(cancellationToken);
    }

    public async Task MarkKeyRefusedAsync(string reason, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var row = (await RowAsync(scope.ServiceProvider, create: true, cancellationToken))!;
        (row.ProtectedToken, row.TokenExpiresAt, row.RefusedReason) = (null, null, reason);
        await scope.ServiceProvider.GetRequiredService<RunnerStrengthDbContext>().SaveChangesAsync(cancellationToken);
        LogRefused(logger, reason);
    }

    /// <summary>The athlete's row; with <paramref name="create"/>, made when missing (a configured key has no row until its first token).</summary>
    public static async Task<GarminConnectionRow?> RowAsync(IServiceProvider services, bool create, CancellationToken cancellationToken)
    {
        var athleteId = await services.GetRequiredService<AthleteStore>().DefaultAthleteIdAsync(cancellationToken);
        var db = services.GetRequiredService<RunnerStrengthDbContext>();
        var row = await db.GarminConnections.FirstOrDefaultAsync(c => c.AthleteId == athleteId, cancellationToken);
        if (row is null && create)
        {
            row = new GarminConnectionRow { AthleteId = athleteId };
            db.GarminConnections.Add(row);
        }

        return row;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Garmin disconnected: new key needed: {Reason}")]
    private static partial void LogRefused(ILogger logger, string reason);
}
