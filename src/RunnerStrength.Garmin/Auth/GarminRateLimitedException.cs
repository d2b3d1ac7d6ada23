namespace RunnerStrength.Garmin.Auth;

/// <summary>Garmin answered 429: nothing is sent before <see cref="Until"/>.</summary>
public sealed class GarminRateLimitedException : Exception
{
    public GarminRateLimitedException()
    {
    }

    public GarminRateLimitedException(string message)
        : base(message)
    {
    }

    public GarminRateLimitedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public GarminRateLimitedException(DateTimeOffset until)
        : base($"Garmin asked to wait (429) until {until:HH:mm:ss} UTC.") => Until = until;

    public DateTimeOffset Until { get; }
}
