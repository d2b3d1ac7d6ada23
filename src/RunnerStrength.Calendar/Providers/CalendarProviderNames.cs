namespace RunnerStrength.Calendar.Providers;

/// <summary>The names the outbox, the store and the command line know each calendar provider by.</summary>
public static class CalendarProviderNames
{
    public const string CalDav = "caldav";
    public const string Google = "google";
    public const string Microsoft = "microsoft";

    /// <summary>The providers an athlete connects with OAuth (the CalDAV server is configured, not connected).</summary>
    public static IReadOnlyList<string> Connectable { get; } = [Google, Microsoft];
}
