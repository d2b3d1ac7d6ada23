namespace RunnerStrength.Calendar.Rendering;

/// <summary>How the athlete's calendar looks.</summary>
/// <param name="TimeZoneId">IANA zone the sessions' local times are in (a complete VTIMEZONE is written for it).</param>
public sealed record CalendarRenderOptions(string TimeZoneId)
{
    /// <summary>The calendar's name in the athlete's calendar app. Default "RunnerStrength".</summary>
    public string Name { get; init; } = "RunnerStrength";

    /// <summary>A reminder this long before each session; null for none. Default 30 minutes.</summary>
    public TimeSpan? Alarm { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>The feed's suggested minimum poll interval (REFRESH-INTERVAL, X-PUBLISHED-TTL). Default 1 hour.</summary>
    public TimeSpan RefreshInterval { get; init; } = TimeSpan.FromHours(1);
}
