using System.Text.Json.Serialization;

namespace RunnerStrength.Strava.Api;

/// <summary>The athlete summary (<c>GET /athlete</c>, and inside the token exchange).</summary>
public sealed record StravaAthlete
{
    [JsonPropertyName("id")] public long Id { get; init; }
    [JsonPropertyName("firstname")] public string? FirstName { get; init; }
    [JsonPropertyName("lastname")] public string? LastName { get; init; }
}
