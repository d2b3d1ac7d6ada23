using System.Globalization;
using System.Net;
using System.Net.Http.Headers;

namespace RunnerStrength.Strava.RateLimiting;

/// <summary>
/// One budget for every Strava call of the process (strava-api.md section 2): it counts calls per short
/// and long window, learns the limits and the usage from the <c>X-ReadRateLimit-*</c> headers (else
/// <c>X-RateLimit-*</c>) of every answer, refuses a call that would go over, and after a 429 refuses
/// everything until the window ends. Refused calls are never sent: Strava counts rejected requests too.
/// </summary>
public sealed class RateBudget(TimeProvider time, RateWindows windows)
{
    private readonly Lock _gate = new();
    private Counter _short = new(100);
    private Counter _long = new(1000);
    private DateTimeOffset _blockedUntil = DateTimeOffset.MinValue;

    /// <summary>Calls made in the current short and long window, for status output.</summary>
    public (int Short, int Long) Used
    {
        get
        {
            lock (_gate)
            {
                var now = time.GetUtcNow();
                return (Current(ref _short, now, windows.ShortWindow).Used, Current(ref _long, now, windows.LongWindow).Used);
            }
        }
    }

    /// <summary>Reserves one call; false with the time to wait until when the budget is spent.</summary>
    public bool TryTake(out DateTimeOffset until)
    {
        lock (_gate)
        {
            var now = time.GetUtcNow();
            until = now;
            if (now < _blockedUntil)
            {
                until = _blockedUntil;
                return false;
            }

            ref var shortWindow = ref Current(ref _short, now, windows.ShortWindow);
            ref var longWindow = ref Current(ref _long, now, windows.LongWindow);
            if (longWindow.Used >= longWindow.Limit)
            {
                until = RateWindows.StartOf(now, windows.LongWindow) + windows.LongWindow;
                return false;
            }

            if (shortWindow.Used >= shortWindow.Limit)
            {
                until = RateWindows.StartOf(now, windows.ShortWindow) + windows.ShortWindow;
                return false;
            }

            shortWindow.Used++;
            longWindow.Used++;
            return true;
        }
    }

    /// <summary>Learns limits and usage from an answer; a 429 closes the budget until the window ends.</summary>
    public void Observe(HttpStatusCode status, HttpResponseHeaders headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        lock (_gate)
        {
            var now = time.GetUtcNow();
            ref var shortWindow = ref Current(ref _short, now, windows.ShortWindow);
            ref var longWindow = ref Current(ref _long, now, windows.LongWindow);
            // HttpHeaders look names up case-insensitively: Strava sends X-Readratelimit-Usage.
            var limit = Pair(headers, "X-ReadRateLimit-Limit") ?? Pair(headers, "X-RateLimit-Limit");
            var usage = Pair(headers, "X-ReadRateLimit-Usage") ?? Pair(headers, "X-RateLimit-Usage");
            if (limit is { } l)
            {
                (shortWindow.Limit, longWindow.Limit) = (l.Short, l.Long);
            }

            if (usage is { } u)
            {
                shortWindow.Used = Math.Max(shortWindow.Used, u.Short);
                longWindow.Used = Math.Max(longWindow.Used, u.Long);
            }

            if (status == HttpStatusCode.TooManyRequests)
            {
                var daily = longWindow.Used >= longWindow.Limit;
                _blockedUntil = daily ? RateWindows.StartOf(now, windows.LongWindow) + windows.LongWindow : RateWindows.StartOf(now, windows.ShortWindow) + windows.ShortWindow;
                shortWindow.Used = Math.Max(shortWindow.Used, shortWindow.Limit);
            }
        }
    }

    /// <summary>True while more than <paramref name="share"/> of both windows is unused: calls that can wait (history laps) go only then.</summary>
    public bool HasSpare(double share)
    {
        lock (_gate)
        {
            var now = time.GetUtcNow();
            var shortWindow = Current(ref _short, now, windows.ShortWindow);
            var longWindow = Current(ref _long, now, windows.LongWindow);
            return now >= _blockedUntil
                && shortWindow.Limit - shortWindow.Used > share * shortWindow.Limit
                && longWindow.Limit - longWindow.Used > share * longWindow.Limit;
        }
    }

    /// <summary>When the budget opens again, or null when a call may go now.</summary>
    public DateTimeOffset? ClosedUntil()
    {
        lock (_gate)
        {
            var now = time.GetUtcNow();
            if (now < _blockedUntil)
            {
                return _blockedUntil;
            }

            var longWindow = Current(ref _long, now, windows.LongWindow);
            var shortWindow = Current(ref _short, now, windows.ShortWindow);
            return longWindow.Used >= longWindow.Limit ? RateWindows.StartOf(now, windows.LongWindow) + windows.LongWindow
                : shortWindow.Used >= shortWindow.Limit ? RateWindows.StartOf(now, windows.ShortWindow) + windows.ShortWindow
                : null;
        }
    }

    private static ref Counter Current(ref Counter counter, DateTimeOffset now, TimeSpan window)
    {
        var start = RateWindows.StartOf(now, window);
        if (counter.WindowStart != start)
        {
            (counter.WindowStart, counter.Used) = (start, 0);
        }

        return ref counter;
    }

    private static (int Short, int Long)? Pair(HttpResponseHeaders headers, string name)
    {
        if (!headers.TryGetValues(name, out var values))
        {
            return null;
        }

        var parts = string.Join(',', values).Split(',', StringSplitOptions.TrimEntries);
        return parts.Length == 2 && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var fifteen) && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var daily)
            ? (fifteen, daily)
            : null;
    }

    private struct Counter(int limit)
    {
        public DateTimeOffset WindowStart;
        public int Used;
        public int Limit = limit;
    }
}
