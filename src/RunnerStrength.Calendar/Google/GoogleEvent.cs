using System.Text.Json.Serialization;

namespace RunnerStrength.Calendar.Google;

/// <summary>The fields of a Calendar API v3 event resource we write and read.</summary>
public sealed record GoogleEvent
{
    /// <summary>Client-chosen on insert (base32hex, 5-1024 characters): a repeated insert answers 409.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    [JsonPropertyName("etag")]
    public string? ETag { get; init; }

    /// <summary><c>confirmed</c>, <c>tentative</c> or <c>cancelled</c> (a deleted event stays listed as cancelled).</summary>
    [JsonPropertyName("status")]
    public string? Status { get; init; }

    [JsonPropertyName("summary")]
    public string? Summary { get; init; }

    [JsonPropertyName("description")]
    public string? Description { get; init; }

    [JsonPropertyName("start")]
    public GoogleEventTime? Start { get; init; }

    [JsonPropertyName("end")]
    public GoogleEventTime? End { get; init; }

    [JsonPropertyName("iCalUID")]
    public string? ICalUid { get; init; }

    [JsonPropertyName("sequence")]
    public int? Sequence { get; init; }

    [JsonPropertyName("extendedProperties")]
    public GoogleExtendedProperties? ExtendedProperties { get; init; }

    [JsonPropertyName("reminders")]
    public GoogleReminders? Reminders { get; init; }
}

public sealed record GoogleEventTime
{
    /// <summary>RFC 3339 with an offset.</summary>
    [JsonPropertyName("dateTime")]
    public DateTimeOffset? DateTime { get; init; }

    /// <summary>All-day events (the athlete may turn ours into one).</summary>
    [JsonPropertyName("date")]
    public string? Date { get; init; }

    [JsonPropertyName("timeZone")]
    public string? TimeZone { get; init; }
}

public sealed record GoogleExtendedProperties
{
    [JsonPropertyName("private")]
    public Dictionary<string, string>? Private { get; init; }
}

public sealed record GoogleReminders
{
    [JsonPropertyName("useDefault")]
    public bool UseDefault { get; init; }

    [JsonPropertyName("overrides")]
    public List<GoogleReminder>? Overrides { get; init; }
}

public sealed record GoogleReminder
{
    [JsonPropertyName("method")]
    public string Method { get; init; } = "popup";

    [JsonPropertyName("minutes")]
    public int Minutes { get; init; }
}

/// <summary>One page of events.list: the last page carries <c>nextSyncToken</c>.</summary>
public sealed record GoogleEventList
{
    [JsonPropertyName("items")]
    public List<GoogleEvent>? Items { get; init; }

    [JsonPropertyName("nextPageToken")]
    public string? NextPageToken { get; init; }

    [JsonPropertyName("nextSyncToken")]
    public string? NextSyncToken { get; init; }
}

/// <summary>A calendar resource (calendars.insert, calendars.get).</summary>
public sealed record GoogleCalendarResource
{
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    [JsonPropertyName("summary")]
    public string? Summary { get; init; }

    [JsonPropertyName("timeZone")]
    public string? TimeZone { get; init; }
}

/// <summary>Google's error body: <c>{"error":{"code":..,"message":..,"errors":[{"reason":..}]}}</c>.</summary>
public sealed record GoogleErrorBody
{
    [JsonPropertyName("error")]
    public GoogleError? Error { get; init; }
}

public sealed record GoogleError
{
    [JsonPropertyName("code")]
    public int Code { get; init; }

    [JsonPropertyName("message")]
    public string? Message { get; init; }

    [JsonPropertyName("errors")]
    public List<GoogleErrorItem>? Errors { get; init; }
}

public sealed record GoogleErrorItem
{
    [JsonPropertyName("reason")]
    public string? Reason { get; init; }

    [JsonPropertyName("message")]
    public string? Message { get; init; }
}
