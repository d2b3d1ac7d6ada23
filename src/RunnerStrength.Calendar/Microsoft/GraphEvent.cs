using System.Text.Json.Serialization;

namespace RunnerStrength.Calendar.Microsoft;

/// <summary>The fields of a Microsoft Graph v1.0 event we write and read.</summary>
public sealed record GraphEvent
{
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    [JsonPropertyName("@odata.etag")]
    public string? ETag { get; init; }

    [JsonPropertyName("subject")]
    public string? Subject { get; init; }

    [JsonPropertyName("body")]
    public GraphBody? Body { get; init; }

    [JsonPropertyName("start")]
    public GraphDateTime? Start { get; init; }

    [JsonPropertyName("end")]
    public GraphDateTime? End { get; init; }

    [JsonPropertyName("isReminderOn")]
    public bool? IsReminderOn { get; init; }

    [JsonPropertyName("reminderMinutesBeforeStart")]
    public int? ReminderMinutesBeforeStart { get; init; }

    [JsonPropertyName("categories")]
    public List<string>? Categories { get; init; }

    /// <summary>Makes a repeated create of the same version idempotent on Graph's side.</summary>
    [JsonPropertyName("transactionId")]
    public string? TransactionId { get; init; }

    [JsonPropertyName("isCancelled")]
    public bool? IsCancelled { get; init; }

    [JsonPropertyName("singleValueExtendedProperties")]
    public List<GraphExtendedProperty>? ExtendedProperties { get; init; }
}

public sealed record GraphBody
{
    [JsonPropertyName("contentType")]
    public string ContentType { get; init; } = "text";

    [JsonPropertyName("content")]
    public string? Content { get; init; }
}

/// <summary>A wall-clock time and its zone; we write UTC, which is never ambiguous.</summary>
public sealed record GraphDateTime
{
    [JsonPropertyName("dateTime")]
    public string? DateTime { get; init; }

    [JsonPropertyName("timeZone")]
    public string? TimeZone { get; init; }
}

public sealed record GraphExtendedProperty
{
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    [JsonPropertyName("value")]
    public string? Value { get; init; }
}

/// <summary>A page of a collection: the next page's full address when there is one.</summary>
public sealed record GraphEventList
{
    [JsonPropertyName("value")]
    public List<GraphEvent>? Value { get; init; }

    [JsonPropertyName("@odata.nextLink")]
    public string? NextLink { get; init; }
}

public sealed record GraphCalendar
{
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    [JsonPropertyName("name")]
    public string? Name { get; init; }
}

public sealed record GraphCalendarList
{
    [JsonPropertyName("value")]
    public List<GraphCalendar>? Value { get; init; }
}

/// <summary>Graph's error body: <c>{"error":{"code":..,"message":..}}</c>.</summary>
public sealed record GraphErrorBody
{
    [JsonPropertyName("error")]
    public GraphError? Error { get; init; }
}

public sealed record GraphError
{
    [JsonPropertyName("code")]
    public string? Code { get; init; }

    [JsonPropertyName("message")]
    public string? Message { get; init; }
}
