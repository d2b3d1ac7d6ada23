namespace RunnerStrength.Strava.RateLimiting;

/// <summary>A call was not sent (or was refused with 429) because the rate-limit budget is spent until <see cref="Until"/>.</summary>
public sealed class StravaRateLimitedException : Exception
{
    public StravaRateLimitedException()
    {
    }

    public StravaRateLimitedException(string message)
        : base(message)
    {
    }

    public StravaRateLimitedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public StravaRateLimitedException(DateTimeOffset until)
        : base($"Strava's rate limit is spent: waiting until {until:HH:mm:ss} UTC.")
    {
        Until = until;
    }

    public DateTimeOffset Until { get; }
}
