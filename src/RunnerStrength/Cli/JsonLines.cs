using System.Text.Json;
using System.Text.Json.Serialization;

namespace RunnerStrength.Cli;

/// <summary>The machine-readable output of every verb: one snake_case JSON object per line.</summary>
internal static class JsonLines
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);
}
