namespace RunnerStrength.Garmin;

/// <summary>
/// Section <c>RunnerStrength:Garmin</c>: Garmin Connect's Personal API (garmin-personal-api.md). The paths are
/// settings because Garmin has not confirmed all of them; a key from <c>garmin connect</c> works without <c>ApiKey</c>.
/// </summary>
public sealed class GarminOptions
{
    public const string Section = "RunnerStrength:Garmin";

    /// <summary>The Personal API key: plain (from the environment) or the <c>protected:…</c> form of <c>secret protect</c>.</summary>
    public string? ApiKey { get; set; }

    /// <summary>The day the key expires (ISO date), for the warning a week ahead.</summary>
    public DateOnly? ApiKeyExpires { get; set; }

    public string TokenUrl { get; set; } = "https://personal.connectapi.garmin.com/personalapitoken-service/personal-api/personal-api-key/token";

    public string ApiBaseUrl { get; set; } = "https://personal.connectapi.garmin.com";

    public string ActivitiesPath { get; set; } = "/activitylist-service/activities/search/activities";

    /// <summary>Where an activity's original file is; <c>{activityId}</c> is replaced.</summary>
    public string DownloadPath { get; set; } = "/download-service/files/activity/{activityId}";

    /// <summary>How often new activities are fetched. Default every 30 minutes.</summary>
    public string SyncCron { get; set; } = "*/30 * * * *";

    /// <summary>How far back the history goes; when unset, back until three empty years in a row.</summary>
    public DateOnly? HistoryStart { get; set; }

    /// <summary>A watch's <c>GARMIN/NewFiles</c> folder: when it exists, the coming week's workouts are written there.</summary>
    public string? WatchFolder { get; set; }

    /// <summary>The first retry delay after a 5xx or a timeout (doubling, with jitter). Default 2 seconds.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long one call may take before it counts as failed. Default 60 seconds (downloads are files).</summary>
    public TimeSpan CallTimeout { get; set; } = TimeSpan.FromSeconds(60);
}
