using System.Text.Json.Serialization;

namespace RunnerStrength.Strava.Api;

/// <summary>Strava's error body: <c>{"message", "errors":[{"resource","field","code"}]}</c>.</summary>
public sealed record StravaFault
{
    [JsonPropertyName("message")] public string? Message { get; init; }
    [JsonPropertyName("errors")] public IReadOnlyList<StravaFaultError>? Errors { get; init; }

    public bool Has(string resource, string field, string code) =>
        Errors?.Any(e => e.Resource == resource && e.Field == field && e.Code == code) == true;
}

/// <summary>One entry of a fault's <c>errors</c>.</summary>
public sealed record StravaFaultError
{
    [JsonPropertyName("resource")] public string? Resource { get; init; }
    [JsonPropertyName("field")] public string? Field { get; init; }
    [JsonPropertyName("code")] public string? Code { get; init; }
}
