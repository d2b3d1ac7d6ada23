using Microsoft.Extensions.Options;
using RunnerStrength.Strava;

namespace RunnerStrength.StravaConnection;

/// <summary>
/// What webhook events may cost. Events are unsigned and anyone who can reach the address can post them, so
/// the fetches webhooks cause are capped per rate-limit window (a small share of the budget; the regular sync,
/// every 30 minutes, still brings whatever an event over the cap announced). An object already waiting absorbs
/// every further event about it in <see cref="WebhookInbox"/>.
/// </summary>
internal sealed class WebhookAllowance(TimeProvider time, IOptions<StravaOptions> options)
{
    /// <summary>Fetches webhooks may cause per short window: a tenth of a personal app's 100 reads.</summary>
    public const int FetchesPerWindow = 10;

    private long _subscription;

    /// <summary>
    /// Our push subscription's id once ensured at start; the connection row keeps it across restarts (this copy
    /// serves an athlete who connects after the start).
    /// </summary>
    public long? Subscription
    {
        get => Interlocked.Read(ref _subscription) is var id && id != 0 ? id : null;
        set => Interlocked.Exchange(ref _subscription, value ?? 0);
    }

    private readonly Lock _gate = new();
    private long _window = -1;
    private int _spent;
    private bool _told;

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
