using System.Text.Json.Serialization;

namespace RunnerStrength.Web;

/// <summary>The body of <c>/healthz</c>.</summary>
internal sealed record HealthReport(
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("version")] string Version,
    [property: JsonPropertyName("data_directory")] string DataDirectory,
    [property: JsonPropertyName("database")] string Database);
