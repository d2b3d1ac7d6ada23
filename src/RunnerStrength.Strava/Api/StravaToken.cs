using System.Text.Json.Serialization;

namespace RunnerStrength.Strava.Api;

/// <summary>The answer of <c>POST /oauth/token</c>; <see cref="Athlete"/> only on the code exchange.</summary>
public sealed record StravaToken
{
    [JsonPropertyName("access_token")] public required string AccessToken { get; init; }
    [JsonPropertyName("refresh_token")] public required string RefreshToken { get; init; }
    [JsonPropertyName("expires_at")] public long ExpiresAt { get; init; }
    [JsonPropertyName("athlete")] public StravaAthlete? Athlete { get; init; }
}
