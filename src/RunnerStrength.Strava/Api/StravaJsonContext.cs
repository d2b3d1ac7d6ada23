using System.Text.Json.Serialization;

namespace RunnerStrength.Strava.Api;

/// <summary>Source-generated System.Text.Json metadata for every Strava payload the client reads.</summary>
[JsonSourceGenerationOptions(NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(List<StravaActivity>))]
[JsonSerializable(typeof(StravaActivity))]
[JsonSerializable(typeof(List<StravaLap>))]
[JsonSerializable(typeof(StravaToken))]
[JsonSerializable(typeof(StravaAthlete))]
[JsonSerializable(typeof(StravaFault))]
[JsonSerializable(typeof(List<StravaPushSubscription>))]
[JsonSerializable(typeof(StravaPushSubscription))]
[JsonSerializable(typeof(Dictionary<string, string>))]
[JsonSerializable(typeof(StravaWebhookEvent))]
public sealed partial class StravaJsonContext : JsonSerializerContext;
