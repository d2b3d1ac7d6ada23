using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RunnerStrength.Calendar.CalDav;
using RunnerStrength.Storage;

namespace RunnerStrength.CalendarPush;

/// <summary>What the dashboard says about the CalDAV push: waiting changes, the last failure, the athlete's own moves.</summary>
internal sealed class CalendarPushStatus(RunnerStrengthDbContext db, IOptions<CalDavOptions> options)
{
    /// <param name="Server">The server's host, never the credentials.</param>
    /// <param name="Pending">Changes not yet acknowledged by the server.</param>
    /// <param name="NextAttempt">When the next waiting change is tried (UTC).</param>
    /// <param name="LastError">Why the last attempt failed, if the outbox holds a failed change.</param>
    /// <param name="AthleteDecisions">Sessions the athlete moved or deleted by hand.</param>
    public sealed record Summary(string Server, int Pending, DateTimeOffset? NextAttempt, string? LastError, int AthleteDecisions);

    public async Task<Summary?> ReadAsync(int athleteId, CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled || !Uri.TryCreate(options.Value.Url, UriKind.Absolute, out var url))
        {
            return null;
        }

        var pending = await db.CalendarOutbox.AsNoTracking().Where(o => o.AthleteId == athleteId).ToListAsync(cancellationToken);
        var failed = pending.Where(o => o.LastError is not null).OrderByDescending(o => o.Attempts).FirstOrDefault();
        var decisions = await db.PushedEvents.CountAsync(p => p.AthleteId == athleteId && (p.AthleteDeleted || p.AthleteStartLocal != null), cancellationToken);
        DateTimeOffset? next = pending.Count > 0 ? pending.Min(o => o.NextAttemptAt) : null;
        return new Summary(url.Host, pending.Count, next, failed?.LastError, decisions);
    }
}
