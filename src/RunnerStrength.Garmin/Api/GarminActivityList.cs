using System.Globalization;
using System.Text.Json;

namespace RunnerStrength.Garmin.Api;

/// <summary>
/// Reads a page of the activity list tolerantly (its shape is not confirmed): a JSON array of activities, or
/// an object holding one (the first array property). An entry without an <c>activityId</c> is left out.
/// </summary>
public static class GarminActivityList
{
    public static IReadOnlyList<GarminActivitySummary> Parse(string body, out string shape)
    {
        using var document = JsonDocument.Parse(body);
        var root = document.RootElement;
        var items = root.ValueKind == JsonValueKind.Array ? root
            : root.ValueKind == JsonValueKind.Object ? root.EnumerateObject().Select(p => p.Value).FirstOrDefault(v => v.ValueKind == JsonValueKind.Array)
            : default;
        shape = root.ValueKind == JsonValueKind.Array ? "a JSON array" : $"a JSON {root.ValueKind} with " + (items.ValueKind == JsonValueKind.Array ? "an array inside" : "no array");
        if (items.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        var list = new List<GarminActivitySummary>();
        foreach (var item in items.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.Object && Id(item) is { } id)
            {
                list.Add(new GarminActivitySummary(id, Text(item, "activityName"), Start(item), TypeKey(item)));
            }
        }

        return list;
    }

    private static long? Id(JsonElement item) =>
        item.TryGetProperty("activityId", out var v) && (v.ValueKind == JsonValueKind.Number ? v.TryGetInt64(out var n) : long.TryParse(v.GetString(), CultureInfo.InvariantCulture, out n)) ? n : null;

    private static string? Text(JsonElement item, string name) =>
        item.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static string? TypeKey(JsonElement item) =>
        item.TryGetProperty("activityType", out var type) && type.ValueKind == JsonValueKind.Object ? Text(type, "typeKey") : null;

    // "2026-11-24 14:30:00" in the classic API; ISO forms are accepted too.
    private static DateTimeOffset? Start(JsonElement item) =>
        Text(item, "startTimeGMT") is { } text && DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var start)
            ? new DateTimeOffset(start, TimeSpan.Zero)
            : null;
}
