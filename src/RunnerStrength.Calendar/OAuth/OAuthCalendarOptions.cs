namespace RunnerStrength.Calendar.OAuth;

/// <summary>What the Google and Microsoft sections share: the athlete's OAuth client, the endpoints, our calendar's name.</summary>
public abstract class OAuthCalendarOptions
{
    public string? ClientId { get; set; }

    public abstract string AuthorizeUrl { get; set; }

    public abstract string TokenUrl { get; set; }

    public abstract string ApiBaseUrl { get; set; }

    /// <summary>The calendar RunnerStrength creates and writes to; nothing else of the athlete's is touched.</summary>
    public string CalendarName { get; set; } = "RunnerStrength";

    /// <summary>The first retry delay after a 5xx or a timeout (doubling, with jitter). Default 2 seconds.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long one call may take before it counts as failed. Default 30 seconds.</summary>
    public TimeSpan CallTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The settings name an application: the athlete can connect.</summary>
    public virtual bool Configured => !string.IsNullOrWhiteSpace(ClientId);
}
