using System.Text.Json.Serialization;

namespace RunnerStrength.Strava.Api;

/// <summary>The athlete an activity belongs to (a MetaAthlete: only its id).</summary>
public sealed record StravaOwner
{
    [JsonPropertyName("id")] public long Id { get; init; }
}
