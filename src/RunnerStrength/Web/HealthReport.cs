using System.Text.Json.Serialization;

namespace RunnerStrength.Web;

/// <summary>The body of <c>/healthz</c>.</summary>
internal sealed record HealthReport(
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("version")] string Version,
    [property: JsonPropertyName("data_directory")] string DataDirectory,
    [property: JsonPropertyName("database")] string Database)
{
    /// <summary>When Strava was last synced (UTC), null before the first sync or without Strava.</summary>
    [JsonPropertyName("last_sync")]
    public DateTimeOffset? LastSync { get; init; }

    /// <summary>The Strava connection in one line ("not connected", "connected …", "disconnected, reconnect: …").</summary>
    [JsonPropertyName("strava")]
    public string? Strava { get; init; }

    /// <summary>The Garmin connection in one line ("not set up", "connected …", "disconnected: new key needed: …"), with the key-expiry warning.</summary>
    [JsonPropertyName("garmin")]
    public string? Garmin { get; init; }
}
