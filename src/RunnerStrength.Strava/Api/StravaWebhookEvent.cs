using System.Text.Json.Serialization;

namespace RunnerStrength.Strava.Api;

/// <summary>A webhook event (strava-api.md section 4). Not signed: checked against the connection, then re-fetched.</summary>
public sealed record StravaWebhookEvent
{
    [JsonPropertyName("object_type")] public string? ObjectType { get; init; }
    [JsonPropertyName("object_id")] public long ObjectId { get; init; }
    [JsonPropertyName("aspect_type")] public string? AspectType { get; init; }
    [JsonPropertyName("owner_id")] public long OwnerId { get; init; }
    [JsonPropertyName("subscription_id")] public long SubscriptionId { get; init; }
    [JsonPropertyName("updates")] public Dictionary<string, string>? Updates { get; init; }

    /// <summary>The athlete revoked the application (<c>updates.authorized = "false"</c>).</summary>
    public bool IsDeauthorization => ObjectType == "athlete" && Updates?.GetValueOrDefault("authorized") == "false";
}
