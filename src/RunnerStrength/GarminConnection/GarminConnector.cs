using System.Globalization;
using System.Text;
using RunnerStrength.Garmin.Api;
using RunnerStrength.Garmin.Auth;
using RunnerStrength.Storage;

namespace RunnerStrength.GarminConnection;

/// <summary>Giving a new key (<c>garmin connect</c>) and checking that this install reads the account (<c>garmin check</c>).</summary>
internal sealed class GarminConnector(IServiceProvider services, RunnerStrengthDbContext db, SecretProtector secrets, GarminTokens tokens, GarminApi api, TimeProvider time)
{
    /// <summary>Stores <paramref name="key"/> encrypted; the old token and any refusal are forgotten.</summary>
    public async Task ConnectAsync(string key, DateOnly? expires, CancellationToken cancellationToken)
    {
        var row = (await GarminKeyStore.RowAsync(services, create: true, cancellationToken))!;
        (row.ProtectedKey, row.KeyExpires, row.ProtectedToken, row.TokenExpiresAt, row.RefusedReason, row.RefusedKeyHash) =
            (secrets.Protect(key.Trim()), expires, null, null, null, null);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Forgets the key and its token (the pull stops); the activities already pulled stay.</summary>
    public async Task<bool> DisconnectAsync(CancellationToken cancellationToken)
    {
        if (await GarminKeyStore.RowAsync(services, create: false, cancellationToken) is not { ProtectedKey: not null } row)
        {
            return false;
        }

        (row.ProtectedKey, row.KeyExpires, row.ProtectedToken, row.TokenExpiresAt, row.RefusedReason, row.RefusedKeyHash) = (null, null, null, null, null, null);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>One key exchange and one small list call (and one download), described line by line, never the key or token.</summary>
    public async Task<(bool Works, string Report)> CheckAsync(CancellationToken cancellationToken)
    {
        var report = new StringBuilder();
        try
        {
            var (token, found) = await tokens.ExchangeAsync(cancellationToken);
            report.AppendLine(CultureInfo.InvariantCulture, $"Key exchange: OK, {found}; token valid until {token.ExpiresAt:yyyy-MM-dd HH:mm} UTC.");
            await tokens.RenewAsync(null, cancellationToken);
            var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
            var (page, shape) = await api.ListAsync(today.AddDays(-30), today.AddDays(1), 0, 5, cancellationToken);
            report.AppendLine(CultureInfo.InvariantCulture, $"Activity list (last 30 days, 5 at most): OK, {shape}, {page.Count} activities with an activityId.");
            foreach (var activity in page.Take(3))
            {
                report.AppendLine(CultureInfo.InvariantCulture, $"  {activity.Id}: {activity.TypeKey ?? "no activityType.typeKey"}, started {(activity.StartUtc is { } s ? s.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " UTC" : "(no startTimeGMT)")}");
            }

            if (page.Count > 0)
            {
                var download = await api.DownloadAsync(page[0].Id, cancellationToken);
                var kind = "not found (404): check Garmin:DownloadPath";
                var fit = download is null ? null : GarminOriginal.FitOf(download, out kind);
                report.AppendLine(CultureInfo.InvariantCulture, $"Original file of {page[0].Id}: {(download is null ? kind : $"{download.Length} bytes, {kind}")}.");
                return (fit is not null, report.ToString());
            }

            return (true, report.ToString());
        }
        catch (Exception e) when (e is GarminKeyRefusedException or GarminRateLimitedException or HttpRequestException or TaskCanceledException or Polly.Timeout.TimeoutRejectedException)
        {
            report.AppendLine(CultureInfo.InvariantCulture, $"Failed: {e.Message}");
            return (false, report.ToString());
        }
    }
}
