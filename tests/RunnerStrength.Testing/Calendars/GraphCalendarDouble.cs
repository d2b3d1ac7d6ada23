using System.Globalization;
using System.Text.Json.Nodes;
using WireMock;

namespace RunnerStrength.Testing.Calendars;

/// <summary>
/// Microsoft Graph v1.0 (calendars and events) and the Microsoft identity platform as a WireMock.Net server that
/// behaves as Graph does: a public client with PKCE (no secret), rotating refresh tokens, calendar names unique
/// (409 <c>ErrorFolderExists</c>), server-chosen event ids, <c>transactionId</c> making a repeated create return
/// the first event, single-value extended properties kept and filtered on, <c>@odata.etag</c> with 412
/// <c>ErrorIrresolvableConflict</c> on If-Match, 404 <c>ErrorItemNotFound</c>, calendarView paged by
/// <c>@odata.nextLink</c> with a <c>$skiptoken</c>, and throttling as 429 with Retry-After.
/// </summary>
public sealed class GraphCalendarDouble : OAuthCalendarDouble
{
    private const string Prefix = "/v1.0";

    private readonly Dictionary<string, string> _calendars = [];
    private readonly Dictionary<string, GraphDoubleEvent> _events = [];

    protected override string? ClientSecret => null;

    protected override bool RotatesRefreshTokens => true;

    public int PageSize { get; set; } = 100;

    public string? CalendarId { get; private set; }

    public int CalendarsMade { get; private set; }

    /// <summary>Creates that a transactionId turned into the first event instead of a second.</summary>
    public int RepeatedCreates { get; private set; }

    public Dictionary<string, string> Settings(string separator = ":")
    {
        var section = $"RunnerStrength{separator}Calendar{separator}Microsoft{separator}";
        return new Dictionary<string, string>
        {
            [section + "ClientId"] = ClientId,
            [section + "AuthorizeUrl"] = BaseUrl + "/oauth/authorize",
            [section + "TokenUrl"] = BaseUrl + "/oauth/token",
            [section + "ApiBaseUrl"] = BaseUrl + Prefix,
            [section + "RetryDelay"] = "00:00:00.050",
            [section + "CallTimeout"] = "00:00:05",
        };
    }

    public List<GraphDoubleEvent> OurEvents()
    {
        lock (Gate)
        {
            return _events.Values.Where(e => e.Calendar == CalendarId && e.Uid is not null).OrderBy(e => e.Uid, StringComparer.Ordinal).ToList();
        }
    }

    public void MoveByHand(string uid, DateTimeOffset start) => Change(uid, e =>
    {
        var length = e.End - e.Start;
        (e.Start, e.End) = (start.ToUniversalTime(), start.ToUniversalTime() + length);
    });

    public void RetitleByHand(string uid, string subject) => Change(uid, e => e.Subject = subject);

    public void DeleteByHand(string uid)
    {
        lock (Gate)
        {
            _events.Remove(_events.Values.Single(e => e.Calendar == CalendarId && e.Uid == uid).Id);
        }
    }

    public void DeleteCalendarByHand()
    {
        lock (Gate)
        {
            _calendars.Remove(CalendarId!);
            foreach (var e in _events.Values.Where(e => e.Calendar == CalendarId).ToList())
            {
                _events.Remove(e.Id);
            }
        }
    }

    protected override ResponseMessage FaultAnswer(int status, string? reason) => status switch
    {
        429 => Error(429, "TooManyRequests", "Please retry again later."),
        _ => Error(status, "ErrorInternalServerError", "An internal server error occurred. The operation failed."),
    };

    protected override ResponseMessage Api(IRequestMessage request, JsonNode? body)
    {
        if (!request.Path.StartsWith(Prefix + "/me/", StringComparison.Ordinal))
        {
            return Error(404, "ResourceNotFound", "Resource not found for the segment.");
        }

        var parts = request.Path[(Prefix.Length + 4)..].Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Uri.UnescapeDataString).ToArray();
        return (request.Method, parts.Length, parts[0]) switch
        {
            ("POST", 1, "calendars") => CreateCalendar(body),
            ("GET", 1, "calendars") => FindCalendars(Query(request, "$filter")),
            ("GET", 2, "calendars") => _calendars.TryGetValue(parts[1], out var name) ? Json(200, new JsonObject { ["id"] = parts[1], ["name"] = name }) : NotFound(),
            (_, 3, "calendars") when !_calendars.ContainsKey(parts[1]) => NotFound(),
            ("POST", 3, "calendars") when parts[2] == "events" => Create(parts[1], body!),
            ("GET", 3, "calendars") when parts[2] == "events" => Find(parts[1], Query(request, "$filter")),
            ("GET", 3, "calendars") when parts[2] == "calendarView" => View(parts[1], request),
            ("GET", 2, "events") => _events.TryGetValue(parts[1], out var e) ? Json(200, e.ToJson()) : NotFound(),
            ("PATCH", 2, "events") => Update(parts[1], Header(request, "If-Match"), body!),
            ("DELETE", 2, "events") => Delete(parts[1], Header(request, "If-Match")),
            _ => Error(400, "BadRequest", "Unsupported request."),
        };
    }

    private ResponseMessage CreateCalendar(JsonNode? body)
    {
        var name = body?["name"]?.GetValue<string>() ?? "";
        if (_calendars.ContainsValue(name))
        {
            return Error(409, "ErrorFolderExists", "A folder with the specified name already exists.");
        }

        var id = "AAMkCal" + NextSerial().ToString(CultureInfo.InvariantCulture) + "==";
        (_calendars[id], CalendarId) = (name, id);
        CalendarsMade++;
        return Json(201, new JsonObject { ["id"] = id, ["name"] = name });
    }

    private ResponseMessage FindCalendars(string? filter)
    {
        var name = Quoted(filter);
        var found = _calendars.Where(c => c.Value == name).Select(c => (JsonNode)new JsonObject { ["id"] = c.Key, ["name"] = c.Value }).ToArray();
        return Json(200, new JsonObject { ["value"] = new JsonArray(found) });
    }

    private ResponseMessage Create(string calendar, JsonNode body)
    {
        var transaction = body["transactionId"]?.GetValue<string>();
        if (transaction is not null && _events.Values.FirstOrDefault(e => e.TransactionId == transaction) is { } first)
        {
            RepeatedCreates++;
            return Json(201, first.ToJson());
        }

        var e = new GraphDoubleEvent(calendar, "AAMkEv" + NextSerial().ToString(CultureInfo.InvariantCulture) + "==") { TransactionId = transaction };
        Apply(e, body);
        Touch(e);
        _events[e.Id] = e;
        return Json(201, e.ToJson());
    }

    private ResponseMessage Find(string calendar, string? filter)
    {
        // singleValueExtendedProperties/Any(ep: ep/id eq '…' and ep/value eq 'UID'): the UID is the last quoted value.
        var uid = filter is null ? null : filter[(filter.LastIndexOf(" eq '", StringComparison.Ordinal) + 5)..].TrimEnd(')').TrimEnd('\'').Replace("''", "'", StringComparison.Ordinal);
        var found = _events.Values.Where(e => e.Calendar == calendar && e.Uid == uid).Select(e => (JsonNode)e.ToJson()).ToArray();
        return Json(200, new JsonObject { ["value"] = new JsonArray(found) });
    }

    private ResponseMessage View(string calendar, IRequestMessage request)
    {
        var from = DateTimeOffset.Parse(Query(request, "startDateTime")!, CultureInfo.InvariantCulture);
        var until = DateTimeOffset.Parse(Query(request, "endDateTime")!, CultureInfo.InvariantCulture);
        var all = _events.Values.Where(e => e.Calendar == calendar && e.Start < until && e.End > from).OrderBy(e => e.Start).ToList();
        var skip = int.TryParse(Query(request, "$skiptoken"), CultureInfo.InvariantCulture, out var s) ? s : 0;
        var top = Math.Min(PageSize, int.TryParse(Query(request, "$top"), CultureInfo.InvariantCulture, out var t) ? t : 10);
        var answer = new JsonObject { ["value"] = new JsonArray(all.Skip(skip).Take(top).Select(e => (JsonNode)e.ToJson()).ToArray()) };
        if (skip + top < all.Count)
        {
            answer["@odata.nextLink"] = $"{BaseUrl}{Prefix}/me/calendars/{Uri.EscapeDataString(calendar)}/calendarView?startDateTime={Uri.EscapeDataString(Query(request, "startDateTime")!)}&endDateTime={Uri.EscapeDataString(Query(request, "endDateTime")!)}&%24top={top}&%24skiptoken={skip + top}";
        }

        return Json(200, answer);
    }

    private ResponseMessage Update(string id, string? ifMatch, JsonNode body)
    {
        if (!_events.TryGetValue(id, out var e))
        {
            return NotFound();
        }

        if (ifMatch is not null && ifMatch != e.ETag)
        {
            return Error(412, "ErrorIrresolvableConflict", "The send or update operation could not be performed because the change key passed in the request does not match the current change key for the item.");
        }

        Apply(e, body);
        Touch(e);
        return Json(200, e.ToJson());
    }

    private ResponseMessage Delete(string id, string? ifMatch)
    {
        if (!_events.TryGetValue(id, out var e))
        {
            return NotFound();
        }

        if (ifMatch is not null && ifMatch != e.ETag)
        {
            return Error(412, "ErrorIrresolvableConflict", "The change key does not match the current change key for the item.");
        }

        _events.Remove(id);
        return Empty(204);
    }

    private void Change(string uid, Action<GraphDoubleEvent> change)
    {
        lock (Gate)
        {
            var e = _events.Values.Single(x => x.Calendar == CalendarId && x.Uid == uid);
            change(e);
            Touch(e);
        }
    }

    private static void Apply(GraphDoubleEvent e, JsonNode body)
    {
        e.Subject = body["subject"]?.GetValue<string>() ?? e.Subject;
        if (body["start"] is { } start)
        {
            e.Start = Utc(start);
            e.End = Utc(body["end"]!);
        }

        foreach (var property in body["singleValueExtendedProperties"]?.AsArray() ?? [])
        {
            e.Properties[property!["id"]!.GetValue<string>()] = property["value"]!.GetValue<string>();
        }
    }

    // We write UTC; anything else would need Graph's zone names, which the double does not model.
    private static DateTimeOffset Utc(JsonNode time) =>
        new(DateTime.SpecifyKind(DateTime.Parse(time["dateTime"]!.GetValue<string>(), CultureInfo.InvariantCulture), DateTimeKind.Unspecified), TimeSpan.Zero);

    private void Touch(GraphDoubleEvent e) => e.ETag = $"W/\"DwAAABYAAA{NextSerial().ToString(CultureInfo.InvariantCulture)}\"";

    private static string? Quoted(string? filter) => filter is null ? null : filter[(filter.IndexOf('\'', StringComparison.Ordinal) + 1)..].TrimEnd('\'').Replace("''", "'", StringComparison.Ordinal);

    private static ResponseMessage NotFound() => Error(404, "ErrorItemNotFound", "The specified object was not found in the store.");

    private static ResponseMessage Error(int status, string code, string message) =>
        Json(status, new JsonObject { ["error"] = new JsonObject { ["code"] = code, ["message"] = message } });
}

/// <summary>An event as the Graph double holds it.</summary>
public sealed class GraphDoubleEvent(string calendar, string id)
{
    public const string UidProperty = "String {3f5d8f0e-6c1b-4d3a-9a57-2b8c1e0f7a41} Name RunnerStrengthUid";

    public string Calendar { get; } = calendar;

    public string Id { get; } = id;

    public string? TransactionId { get; init; }

    public string? Subject { get; set; }

    public DateTimeOffset Start { get; set; }

    public DateTimeOffset End { get; set; }

    public string ETag { get; set; } = "";

    public Dictionary<string, string> Properties { get; } = new(StringComparer.OrdinalIgnoreCase);

    public const string SequenceProperty = "String {3f5d8f0e-6c1b-4d3a-9a57-2b8c1e0f7a41} Name RunnerStrengthSequence";

    public string? Uid => Properties.GetValueOrDefault(UidProperty);

    /// <summary>Our revision, from the extended property.</summary>
    public int? OurSequence => int.TryParse(Properties.GetValueOrDefault(SequenceProperty), CultureInfo.InvariantCulture, out var s) ? s : null;

    public JsonObject ToJson() => new()
    {
        ["id"] = Id,
        ["@odata.etag"] = ETag,
        ["subject"] = Subject,
        ["start"] = new JsonObject { ["dateTime"] = Start.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff", CultureInfo.InvariantCulture), ["timeZone"] = "UTC" },
        ["end"] = new JsonObject { ["dateTime"] = End.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff", CultureInfo.InvariantCulture), ["timeZone"] = "UTC" },
        ["transactionId"] = TransactionId,
        ["singleValueExtendedProperties"] = new JsonArray(Properties.Select(p => (JsonNode)new JsonObject { ["id"] = p.Key, ["value"] = p.Value }).ToArray()),
    };
}
