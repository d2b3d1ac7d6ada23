using System.Text.Json.Serialization;

namespace RunnerStrength.Strava.Api;

/// <summary>A device lap (<c>GET /activities/{id}/laps</c>).</summary>
public sealed record StravaLap
{
    [JsonPropertyName("lap_index")] public int LapIndex { get; init; }
    [JsonPropertyName("elapsed_time")] public int ElapsedTime { get; init; }
    [JsonPropertyName("moving_time")] public int MovingTime { get; init; }
    [JsonPropertyName("distance")] public double? Distance { get; init; }
    [JsonPropertyName("average_heartrate")] public double? AverageHeartrate { get; init; }
}
