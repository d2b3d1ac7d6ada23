namespace RunnerStrength.Calendar.CalDav;

/// <summary>Section <c>RunnerStrength:Calendar:CalDav</c>: the calendar server the sessions are pushed to. Empty <c>Url</c>: no push.</summary>
public sealed class CalDavOptions
{
    public const string Section = "RunnerStrength:Calendar:CalDav";

    /// <summary>A CalDAV server root (discovery finds the calendar home) or a calendar collection URL.</summary>
    public string? Url { get; set; }

    public string? Username { get; set; }

    /// <summary>
    /// Plain text (best from an environment variable or a systemd credential), or the
    /// <c>protected:…</c> form that <c>runnerstrength secret protect</c> prints, so the file holds no password.
    /// </summary>
    public string? Password { get; set; }

    /// <summary>The calendar created (or found) in the calendar home when <see cref="Url"/> is not itself a calendar.</summary>
    public string CalendarName { get; set; } = "RunnerStrength";

    /// <summary>How often the outbox is delivered, besides right after every replan. Default every 10 minutes.</summary>
    public string PushCron { get; set; } = "*/10 * * * *";

    /// <summary>How often our events on the server are compared with the plan (moves, deletions, drift). Default hourly.</summary>
    public string ReconcileCron { get; set; } = "23 * * * *";

    public bool Enabled => !string.IsNullOrWhiteSpace(Url);
}
