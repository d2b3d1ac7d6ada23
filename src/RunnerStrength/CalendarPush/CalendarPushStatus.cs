using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RunnerStrength.Calendar.CalDav;
using RunnerStrength.Calendar.Providers;
using RunnerStrength.Storage;

namespace RunnerStrength.CalendarPush;

/// <summary>What the dashboard, the settings page and <c>calendar status</c> say about each configured calendar.</summary>
internal sealed class CalendarPushStatus(RunnerStrengthDbContext db, CalendarTargets targets, IOptions<CalDavOptions> caldav)
{
    /// <param name="Name">The provider's name (<see cref="CalendarProviderNames"/>).</param>
    /// <param name="DisplayName">What a runner calls it; for CalDAV with the server's host, never the credentials.</param>
    /// <param name="Connected">Changes go to it (CalDAV: always once configured).</param>
    /// <param name="DisconnectedReason">Why the athlete must (re)connect, when not connected.</param>
    /// <param name="Pending">Changes not yet acknowledged.</param>
    /// <param name="NextAttempt">When the next waiting change is tried (UTC).</param>
    /// <param name="LastError">Why the last attempt failed, if the outbox holds a failed change.</param>
    /// <param name="LastDelivered">When it last acknowledged a change.</param>
    /// <param name="AthleteDecisions">Sessions the athlete moved or deleted there by hand.</param>
    /// <param name="Notice">Something to know that is not an error.</param>
    public sealed record ProviderState(
        string Name, string DisplayName, bool Connected, string? DisconnectedReason, int Pending, DateTimeOffset? NextAttempt,
        string? LastError, DateTimeOffset? LastDelivered, int AthleteDecisions, string? Notice)
    {
        /// <summary>One line a runner reads: connected or what to do, and how the push stands.</summary>
        public string Describe() => !Connected
            ? $"{DisplayName}: disconnected: reconnect. {DisconnectedReason}".TrimEnd()
            : $"{DisplayName}: connected; {(Pending == 0 ? "up to date" : $"{Pending} changes waiting{(NextAttempt is { } next ? $", next try {next:yyyy-MM-dd HH:mm} UTC" : "")}")}"
              + $"{(LastDelivered is { } at ? $"; last delivery {at:yyyy-MM-dd HH:mm} UTC" : "; nothing delivered yet")}"
              + $"{(LastError is { } error ? $"; last error: {error}" : "")}"
              + $"{(AthleteDecisions > 0 ? $"; {AthleteDecisions} sessions you moved or deleted there are kept as you left them" : "")}"
              + $"{(Notice is { } notice ? $". {notice}" : "")}";
    }

    /// <summary>Every configured provider, in a fixed order (CalDAV, Google, Microsoft).</summary>
    public async Task<IReadOnlyList<ProviderState>> ReadAsync(int athleteId, CancellationToken cancellationToken)
    {
        var configured = targets.Configured;
        if (configured.Count == 0)
        {
            return [];
        }

        var outbox = await db.CalendarOutbox.AsNoTracking().Where(o => o.AthleteId == athleteId).ToListAsync(cancellationToken);
        var accounts = await db.CalendarAccounts.AsNoTracking().Where(a => a.AthleteId == athleteId).ToListAsync(cancellationToken);
        var decisions = await db.PushedEvents.AsNoTracking()
            .Where(p => p.AthleteId == athleteId && (p.AthleteDeleted || p.AthleteStartLocal != null))
            .GroupBy(p => p.Provider).Select(g => new { Provider = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Provider, g => g.Count, cancellationToken);
        var states = new List<ProviderState>();
        foreach (var provider in configured)
        {
            var account = accounts.FirstOrDefault(a => a.Provider == provider.Name);
            var pending = outbox.Where(o => o.Provider == provider.Name).ToList();
            var failed = pending.Where(o => o.LastError is not null).OrderByDescending(o => o.Attempts).FirstOrDefault();
            var isCalDav = provider.Name == CalendarProviderNames.CalDav;
            var connected = isCalDav || account?.Connected == true;
            var reason = connected ? null : account?.DisconnectedReason ?? $"Not connected yet: Settings, Connect {provider.DisplayName}, or 'runnerstrength calendar connect {provider.Name}'.";
            var name = isCalDav && Uri.TryCreate(caldav.Value.Url, UriKind.Absolute, out var url) ? $"CalDAV ({url.Host})" : provider.DisplayName;
            states.Add(new ProviderState(
                provider.Name, name, connected, reason, pending.Count, pending.Count > 0 ? pending.Min(o => o.NextAttemptAt) : null,
                failed?.LastError, account?.LastDeliveredAt, decisions.GetValueOrDefault(provider.Name), account?.Notice));
        }

        return states;
    }
}
