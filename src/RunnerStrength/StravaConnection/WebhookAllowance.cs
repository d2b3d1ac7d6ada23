using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using RunnerStrength.Strava;

namespace RunnerStrength.StravaConnection;

/// <summary>
/// What webhook events may cost. Events are unsigned and anyone who can reach the address can post them, so:
/// an activity already waiting absorbs every further event about it (one fetch however often it is posted),
/// and the fetches webhooks cause are capped per rate-limit window (a small share of the budget; the regular
/// sync, every 30 minutes, still brings whatever an event over the cap announced).
/// </summary>
internal sealed class WebhookAllowance(TimeProvider time, IOptions<StravaOptions> options)
{
    /// <summary>Fetches webhooks may cause per short window: a tenth of a personal app's 100 reads.</summary>
    public const int FetchesPerWindow = 10;

    private readonly ConcurrentDictionary<long, byte> _waiting = new();
    private long _subscription;

    /// <summary>Our push subscription's id once known (set at start): an event naming another is not Strava's to us.</summary>
    public long? Subscription
    {
        get => Interlocked.Read(ref _subscription) is var id && id != 0 ? id : null;
        set => Interlocked.Exchange(ref _subscription, value ?? 0);
    }
    private readonly Lock _gate = new();
    private long _window = -1;
    private int _spent;
    private bool _told;

    /// <summary>True when an event about <paramref name="objectId"/> should become a job; false when one is waiting already.</summary>
    public bool Admit(long objectId) => _waiting.TryAdd(objectId, 0);

    /// <summary>The job about <paramref name="objectId"/> is done: a later event makes a new one.</summary>
    public void Done(long objectId) => _waiting.TryRemove(objectId, out _);

    /// <summary>Takes one fetch from this window's share; false when it is spent (and whether to say so in the log, once a window).</summary>
    public bool TryFetch(out bool tell)
    {
        lock (_gate)
        {
            var window = time.GetUtcNow().Ticks / options.Value.ShortWindow.Ticks;
            if (window != _window)
            {
                (_window, _spent, _told) = (window, 0, false);
            }

            tell = false;
            if (_spent < FetchesPerWindow)
            {
                _spent++;
                return true;
            }

            tell = !_told;
            _told = true;
            return false;
        }
    }
}
