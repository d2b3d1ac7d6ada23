using System.Text.Json.Serialization;

namespace RunnerStrength.Calendar.OAuth;

/// <summary>A token endpoint's answer (RFC 6749 section 5.1), or its error (section 5.2).</summary>
public sealed record OAuthAnswer
{
    [JsonPropertyName("access_token")]
    public string? AccessToken { get; init; }

    [JsonPropertyName("refresh_token")]
    public string? RefreshToken { get; init; }

    [JsonPropertyName("expires_in")]
    public long? ExpiresIn { get; init; }

    [JsonPropertyName("scope")]
    public string? Scope { get; init; }

    [JsonPropertyName("error")]
    public string? Error { get; init; }

    [JsonPropertyName("error_description")]
    public string? ErrorDescription { get; init; }
}
