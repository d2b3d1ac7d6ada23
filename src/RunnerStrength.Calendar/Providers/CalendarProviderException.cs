namespace RunnerStrength.Calendar.Providers;

/// <summary>A provider's failure in one sentence a runner can act on, and how far it reaches.</summary>
public sealed class CalendarProviderException : Exception
{
    public CalendarProviderException()
    {
    }

    public CalendarProviderException(string message)
        : base(message)
    {
    }

    public CalendarProviderException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public CalendarProviderException(string message, CalendarFault fault, TimeSpan? retryAfter = null, Exception? innerException = null)
        : base(message, innerException)
    {
        (Fault, RetryAfter) = (fault, retryAfter);
    }

    public CalendarFault Fault { get; } = CalendarFault.Unavailable;

    /// <summary>How long the provider asked us to wait (Retry-After), when it said.</summary>
    public TimeSpan? RetryAfter { get; }
}
