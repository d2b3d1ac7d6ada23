using System.Text.Json.Serialization;
using RunnerStrength.Calendar.Google;
using RunnerStrength.Calendar.Microsoft;
using RunnerStrength.Calendar.OAuth;

namespace RunnerStrength.Calendar;

/// <summary>Source-generated System.Text.Json metadata for every Google, Graph and OAuth payload; nulls are not written.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(OAuthAnswer))]
[JsonSerializable(typeof(GoogleEvent))]
[JsonSerializable(typeof(GoogleEventList))]
[JsonSerializable(typeof(GoogleCalendarResource))]
[JsonSerializable(typeof(GoogleErrorBody))]
[JsonSerializable(typeof(GraphEvent))]
[JsonSerializable(typeof(GraphEventList))]
[JsonSerializable(typeof(GraphCalendar))]
[JsonSerializable(typeof(GraphCalendarList))]
[JsonSerializable(typeof(GraphErrorBody))]
public sealed partial class CalendarJsonContext : JsonSerializerContext;
