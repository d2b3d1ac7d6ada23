using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace RunnerStrength.Storage.Feed;

/// <summary>The feed's unguessable token: created on first use by the owner (page or verb), and rotated on request.</summary>
internal sealed class FeedStore(RunnerStrengthDbContext db, SecretProtector secrets, TimeProvider time)
{
    public async Task<string> TokenAsync(int athleteId, CancellationToken cancellationToken)
    {
        var row = await db.Feeds.FirstOrDefaultAsync(f => f.AthleteId == athleteId, cancellationToken);
        if (row is not null)
        {
            return secrets.Unprotect(row.ProtectedToken);
        }

        return await RotateAsync(athleteId, cancellationToken);
    }

    /// <summary>A new token: the old feed URL stops working at once.</summary>
    public async Task<string> RotateAsync(int athleteId, CancellationToken cancellationToken)
    {
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).Replace('+', '-').Replace('/', '_');
        var row = await db.Feeds.FirstOrDefaultAsync(f => f.AthleteId == athleteId, cancellationToken);
        if (row is null)
        {
            db.Feeds.Add(new FeedRow { AthleteId = athleteId, ProtectedToken = secrets.Protect(token), LastChangedAt = time.GetUtcNow() });
        }
        else
        {
            row.ProtectedToken = secrets.Protect(token);
        }

        await db.SaveChangesAsync(cancellationToken);
        return token;
    }

    /// <summary>True when <paramref name="candidate"/> is the athlete's token (compared in constant time).</summary>
    public async Task<bool> IsTokenAsync(int athleteId, string candidate, CancellationToken cancellationToken)
    {
        // A read: with no token made yet, nothing matches (and nothing is created).
        var row = await db.Feeds.AsNoTracking().FirstOrDefaultAsync(f => f.AthleteId == athleteId, cancellationToken);
        if (row is null)
        {
            return false;
        }

        var token = secrets.Unprotect(row.ProtectedToken);
        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(token), Encoding.UTF8.GetBytes(candidate));
    }
}
