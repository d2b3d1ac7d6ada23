namespace RunnerStrength.Garmin.Auth;

/// <summary>When a 429 lets the next call go: its <c>Retry-After</c> (seconds or a date), else a minute.</summary>
public static class GarminRetryAfter
{
    public static DateTimeOffset Until(HttpResponseMessage response, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(response);
        var header = response.Headers.RetryAfter;
        return header?.Delta is { } delta ? now + delta
            : header?.Date is { } date ? date
            : now + TimeSpan.FromMinutes(1);
    }
}
