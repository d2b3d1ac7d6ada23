using Microsoft.EntityFrameworkCore;
using RunnerStrength.Calendar.OAuth;
using RunnerStrength.Storage;
using RunnerStrength.Storage.Athletes;
using RunnerStrength.Storage.CalendarAccounts;
using RunnerStrength.Storage.Publishing;
using RunnerStrength.Training.Dates;

namespace RunnerStrength.CalendarAccounts;

/// <summary>
/// What calendar providers learn at run time, in the store: OAuth tokens encrypted with the key ring, the calendar
/// we made, the sync token, the connection's state and the last delivery. A scope per call: the providers and
/// their token refreshes run in any job.
/// </summary>
internal sealed partial class CalendarAccountStore(IServiceScopeFactory scopes, SecretProtector secrets, TimeProvider time, ILogger<CalendarAccountStore> logger) : ICalendarAccountStore
{
    public async Task<bool> ConnectedAsync(string provider, CancellationToken cancellationToken) =>
        (await ReadAsync(provider, cancellationToken))?.Connected == true;

    public async Task<OAuthTokenSet?> LoadTokensAsync(string provider, CancellationToken cancellationToken)
    {
        var row = await ReadAsync(provider, cancellationToken);
        return row is { Connected: true, ProtectedAccessToken: { } access, ProtectedRefreshToken: { } refresh }
            ? new OAuthTokenSet(secrets.Unprotect(access), secrets.Unprotect(refresh), row.ExpiresAt ?? DateTimeOffset.MinValue)
            : null;
    }

    public Task SaveTokensAsync(string provider, OAuthTokenSet tokens, CancellationToken cancellationToken) =>
        ChangeAsync(provider, (row, _) =>
        {
            ArgumentNullException.ThrowIfNull(tokens);
            row.ProtectedAccessToken = secrets.Protect(tokens.AccessToken);
            row.ProtectedRefreshToken = secrets.Protect(tokens.RefreshToken);
            row.ExpiresAt = tokens.ExpiresAt;
            return Task.CompletedTask;
        }, cancellationToken);

    public async Task MarkDisconnectedAsync(string provider, string reason, CancellationToken cancellationToken)
    {
        await ChangeAsync(provider, (row, _) =>
        {
            row.DisconnectedReason = reason.Length > 500 ? reason[..500] : reason;
            return Task.CompletedTask;
        }, cancellationToken);
        LogDisconnected(logger, provider, reason);
    }

    public async Task<string?> CalendarIdAsync(string provider, CancellationToken cancellationToken) =>
        (await ReadAsync(provider, cancellationToken))?.CalendarId;

    public async Task SaveCalendarIdAsync(string provider, string calendarId, bool replacedLost, CancellationToken cancellationToken)
    {
        await ChangeAsync(provider, async (row, services) =>
        {
            row.CalendarId = calendarId;
            if (!replacedLost)
            {
                return;
            }

            // Every event we had there went with the calendar: forget them (they are not the athlete's deletions)
            // and deliver every coming session to the new calendar.
            row.SyncToken = null;
            row.Notice = $"The calendar was deleted on the provider; it was made again ({time.GetUtcNow():yyyy-MM-dd HH:mm} UTC) and the coming sessions were delivered to it again.";
            var db = services.GetRequiredService<RunnerStrengthDbContext>();
            await db.PushedEvents.Where(p => p.AthleteId == row.AthleteId && p.Provider == provider).ExecuteDeleteAsync(cancellationToken);
            var profile = await services.GetRequiredService<AthleteStore>().ProfileAsync(row.AthleteId, cancellationToken);
            var today = LocalTime.DateOf(time.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById(profile!.TimeZoneId));
            var coming = await db.PublishedEvents.Where(p => p.AthleteId == row.AthleteId && !p.Cancelled && p.Date >= today).Select(p => p.Uid).ToListAsync(cancellationToken);
            var queued = await db.CalendarOutbox.Where(o => o.AthleteId == row.AthleteId && o.Provider == provider).Select(o => o.Uid).ToListAsync(cancellationToken);
            foreach (var uid in coming.Except(queued, StringComparer.Ordinal))
            {
                db.CalendarOutbox.Add(new OutboxRow { AthleteId = row.AthleteId, Provider = provider, Uid = uid, NextAttemptAt = time.GetUtcNow() });
            }

            LogCalendarMadeAgain(logger, provider, coming.Count);
        }, cancellationToken);
    }

    public async Task<string?> SyncTokenAsync(string provider, CancellationToken cancellationToken) =>
        (await ReadAsync(provider, cancellationToken))?.SyncToken;

    public Task SaveSyncTokenAsync(string provider, string? syncToken, CancellationToken cancellationToken) =>
        ChangeAsync(provider, (row, _) =>
        {
            row.SyncToken = syncToken;
            return Task.CompletedTask;
        }, cancellationToken);

    /// <summary>The provider acknowledged changes at <paramref name="at"/>.</summary>
    public Task DeliveredAsync(string provider, DateTimeOffset at, CancellationToken cancellationToken) =>
        ChangeAsync(provider, (row, _) =>
        {
            row.LastDeliveredAt = at;
            return Task.CompletedTask;
        }, cancellationToken);

    private async Task<CalendarAccountRow?> ReadAsync(string provider, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var athleteId = await scope.ServiceProvider.GetRequiredService<AthleteStore>().DefaultAthleteIdAsync(cancellationToken);
        return await scope.ServiceProvider.GetRequiredService<RunnerStrengthDbContext>().CalendarAccounts.AsNoTracking()
            .FirstOrDefaultAsync(a => a.AthleteId == athleteId && a.Provider == provider, cancellationToken);
    }

    // The row is made on first use (CalDAV has one only for its delivery state).
    private async Task ChangeAsync(string provider, Func<CalendarAccountRow, IServiceProvider, Task> change, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RunnerStrengthDbContext>();
        var athleteId = await scope.ServiceProvider.GetRequiredService<AthleteStore>().DefaultAthleteIdAsync(cancellationToken);
        var row = await db.CalendarAccounts.FirstOrDefaultAsync(a => a.AthleteId == athleteId && a.Provider == provider, cancellationToken);
        if (row is null)
        {
            row = new CalendarAccountRow { AthleteId = athleteId, Provider = provider };
            db.CalendarAccounts.Add(row);
        }

        await change(row, scope.ServiceProvider);
        await db.SaveChangesAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Calendar {Provider} disconnected: {Reason}")]
    private static partial void LogDisconnected(ILogger logger, string provider, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Calendar {Provider}: our calendar was deleted there; made it again and queued {Count} coming sessions for it")]
    private static partial void LogCalendarMadeAgain(ILogger logger, string provider, int count);
}
