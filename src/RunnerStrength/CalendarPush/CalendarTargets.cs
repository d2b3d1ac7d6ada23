using RunnerStrength.Calendar.Providers;

namespace RunnerStrength.CalendarPush;

/// <summary>The calendars sessions are delivered to: every provider registered, and those ready for changes now.</summary>
internal sealed class CalendarTargets(IEnumerable<ICalendarProvider> providers)
{
    public IReadOnlyList<ICalendarProvider> All { get; } = providers.ToList();

    /// <summary>Providers whose settings name a server or an application.</summary>
    public IReadOnlyList<ICalendarProvider> Configured => All.Where(p => p.Configured).ToList();

    /// <summary>Configured and, for OAuth providers, connected: the providers changes are queued and delivered for.</summary>
    public async Task<IReadOnlyList<ICalendarProvider>> ReadyAsync(CancellationToken cancellationToken)
    {
        var ready = new List<ICalendarProvider>();
        foreach (var provider in All.Where(p => p.Configured))
        {
            if (await provider.ReadyAsync(cancellationToken))
            {
                ready.Add(provider);
            }
        }

        return ready;
    }

    public ICalendarProvider? Find(string name) => All.FirstOrDefault(p => p.Name == name);
}
