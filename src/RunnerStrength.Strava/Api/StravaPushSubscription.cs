using System.Text.Json.Serialization;

namespace RunnerStrength.Strava.Api;

/// <summary>The application's webhook subscription (<c>/push_subscriptions</c>).</summary>
public sealed record StravaPushSubscription
{
    [JsonPropertyName("id")] public long Id { get; init; }
    [JsonPropertyName("callback_url")] public string? CallbackUrl { get; init; }
}
