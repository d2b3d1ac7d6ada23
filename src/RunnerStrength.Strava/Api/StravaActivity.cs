using System.Text.Json.Serialization;

namespace RunnerStrength.Strava.Api;

/// <summary>
/// A SummaryActivity as <c>GET /athlete/activities</c> returns it (strava-api.md section 3.1), with the
/// undocumented fields real responses carry. <c>start_date_local</c> is wall-clock time despite its Z.
/// </summary>
public sealed record StravaActivity
{
    [JsonPropertyName("id")] public long Id { get; init; }
    [JsonPropertyName("athlete")] public StravaOwner? Athlete { get; init; }
    [JsonPropertyName("name")] public string? Name { get; init; }
    [JsonPropertyName("type")] public string? Type { get; init; }
    [JsonPropertyName("sport_type")] public string? SportType { get; init; }
    [JsonPropertyName("workout_type")] public int? WorkoutType { get; init; }
    [JsonPropertyName("start_date")] public DateTimeOffset StartDate { get; init; }
    [JsonPropertyName("start_date_local")] public string? StartDateLocal { get; init; }
    [JsonPropertyName("timezone")] public string? Timezone { get; init; }
    [JsonPropertyName("utc_offset")] public double? UtcOffset { get; init; }
    [JsonPropertyName("elapsed_time")] public int ElapsedTime { get; init; }
    [JsonPropertyName("moving_time")] public int MovingTime { get; init; }
    [JsonPropertyName("distance")] public double? Distance { get; init; }
    [JsonPropertyName("total_elevation_gain")] public double? TotalElevationGain { get; init; }
    [JsonPropertyName("has_heartrate")] public bool? HasHeartrate { get; init; }
    [JsonPropertyName("average_heartrate")] public double? AverageHeartrate { get; init; }
    [JsonPropertyName("max_heartrate")] public double? MaxHeartrate { get; init; }
    [JsonPropertyName("trainer")] public bool? Trainer { get; init; }
    [JsonPropertyName("manual")] public bool? Manual { get; init; }
    [JsonPropertyName("external_id")] public string? ExternalId { get; init; }
    [JsonPropertyName("device_name")] public string? DeviceName { get; init; }
    [JsonPropertyName("perceived_exertion")] public double? PerceivedExertion { get; init; }
    [JsonPropertyName("laps")] public IReadOnlyList<StravaLap>? Laps { get; init; }
}
