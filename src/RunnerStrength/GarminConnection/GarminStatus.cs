using System.Globalization;
using Microsoft.Extensions.Options;
using RunnerStrength.Garmin;
using RunnerStrength.Storage;
using RunnerStrength.Storage.GarminConnections;

namespace RunnerStrength.GarminConnection;

/// <summary>The Garmin connection as stored, read without building Garmin's HTTP client (the dashboard's memory).</summary>
internal sealed class GarminStatus(IServiceProvider services, SecretProtector secrets, IOptions<GarminOptions> options, TimeProvider time)
{
    /// <summary>How many days before the key expires the warning shows.</summary>
    public const int WarningDays = 7;

    public async Task<GarminConnectionRow?> RowAsync(CancellationToken cancellationToken) =>
        await GarminKeyStore.RowAsync(services, create: false, cancellationToken);

    /// <summary>The state in one line, for <c>garmin status</c>, <c>/healthz</c> and the dashboard.</summary>
    public async Task<string> DescribeAsync(CancellationToken cancellationToken)
    {
        var row = await RowAsync(cancellationToken);
        var configured = secrets.Reveal(options.Value.ApiKey) is { Length: > 0 };
        return Describe(row, configured, options.Value.ApiKeyExpires ?? row?.KeyExpires, time.GetUtcNow());
    }

    public static string Describe(GarminConnectionRow? row, bool keyConfigured, DateOnly? keyExpires, DateTimeOffset now)
    {
        if (!keyConfigured && row?.ProtectedKey is null)
        {
            return "Garmin: not set up (runnerstrength garmin connect reads a Personal API key).";
        }

        if (row?.RefusedReason is { } reason)
        {
            return $"Garmin: disconnected: new key needed: {reason}";
        }

        var last = row?.LastSyncAt is { } at
            ? string.Create(CultureInfo.InvariantCulture, $"last sync {Math.Max(0, (int)(now - at).TotalMinutes)} min ago: {row.LastOutcome}")
            : "no sync yet";
        return $"Garmin: connected; {last}{KeyExpiry(keyExpires, now)}.";
    }

    /// <summary>"; key expires 2027-03-01", and a warning from <see cref="WarningDays"/> days before.</summary>
    public static string KeyExpiry(DateOnly? expires, DateTimeOffset now)
    {
        if (expires is not { } day)
        {
            return "";
        }

        var left = DaysLeft(day, now);
        return left switch
        {
            < 0 => string.Create(CultureInfo.InvariantCulture, $"; WARNING: the key expired on {day:yyyy-MM-dd}: create a new one on Garmin Connect web"),
            <= WarningDays => string.Create(CultureInfo.InvariantCulture, $"; WARNING: the key expires on {day:yyyy-MM-dd}, in {left} days: create a new one on Garmin Connect web and give it with 'runnerstrength garmin connect'"),
            _ => string.Create(CultureInfo.InvariantCulture, $"; key expires {day:yyyy-MM-dd}"),
        };
    }

    /// <summary>Whether the key expires within <see cref="WarningDays"/> days (or has).</summary>
    public async Task<bool> ExpiresSoonAsync(CancellationToken cancellationToken) =>
        ExpiresSoon(options.Value.ApiKeyExpires ?? (await RowAsync(cancellationToken))?.KeyExpires, time.GetUtcNow());

    /// <summary>The warning rule, once: from <see cref="WarningDays"/> days before the key's last day (UTC days).</summary>
    public static bool ExpiresSoon(DateOnly? expires, DateTimeOffset now) =>
        expires is { } day && DaysLeft(day, now) <= WarningDays;

    private static int DaysLeft(DateOnly day, DateTimeOffset now) => day.DayNumber - DateOnly.FromDateTime(now.UtcDateTime).DayNumber;
}
