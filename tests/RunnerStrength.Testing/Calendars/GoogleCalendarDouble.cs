using System.Globalization;
using System.Text.Json.Nodes;
using WireMock;

namespace RunnerStrength.Testing.Calendars;

/// <summary>
/// Google Calendar API v3 and Google's OAuth as a WireMock.Net server that behaves as Google does
/// (calendar.md, "Google Calendar and Microsoft Graph"): secondary calendars by insert; events with
/// client-chosen base32hex ids (400 for a bad id, 409 for a used one, a deleted event keeps its id as
/// <c>cancelled</c>); etags and 412 on If-Match; deletion answers 410 the second time; events.list pages
/// with <c>nextPageToken</c> and ends with <c>nextSyncToken</c>, whose changes include cancelled events, and a
/// stale token answers 410 <c>fullSyncRequired</c>; 403 <c>rateLimitExceeded</c> and 429; refresh tokens that
/// do not rotate; revocation. The athlete's own hand (moving, deleting, retitling in Google's UI) is here too.
/// </summary>
public sealed class GoogleCalendarDouble : OAuthCalendarDouble
{
    public const string Secret = "double-google-secret";
    private const string Prefix = "/calendar/v3";
    private const string Base32Hex = "0123456789abcdefghijklmnopqrstuv";

    private readonly Dictionary<string, string> _calendars = [];
    private readonly Dictionary<(string Calendar, string Id), GoogleDoubleEvent> _events = [];
    private int _syncHorizon;

    protected override string? ClientSecret => Secret;

    protected override bool RotatesRefreshTokens => false;

    /// <summary>The most items a list page returns (Google: up to 250 as asked); lower it to make listings page.</summary>
    public int PageSize { get; set; } = 250;

    /// <summary>The calendar RunnerStrength made (the last one inserted), or null.</summary>
    public string? CalendarId { get; private set; }

    public int CalendarsMade { get; private set; }

    /// <summary>The service's settings that point it at this double (<c>RunnerStrength:Calendar:Google:…</c>, or "__" for the environment).</summary>
    public Dictionary<string, string> Settings(string separator = ":")
    {
        var section = $"RunnerStrength{separator}Calendar{separator}Google{separator}";
        return new Dictionary<string, string>
        {
            [section + "ClientId"] = ClientId,
            [section + "ClientSecret"] = Secret,
            [section + "AuthorizeUrl"] = BaseUrl + "/oauth/authorize",
            [section + "TokenUrl"] = BaseUrl + "/oauth/token",
            [section + "RevokeUrl"] = BaseUrl + "/oauth/revoke",
            [section + "ApiBaseUrl"] = BaseUrl + Prefix,
            [section + "RetryDelay"] = "00:00:00.050",
            [section + "CallTimeout"] = "00:00:05",
        };
    }

    /// <summary>Our events (by the UID in their private properties) that are not cancelled, as Google holds them.</summary>
    public List<GoogleDoubleEvent> OurEvents()
    {
        lock (Gate)
        {
            return _events.Values.Where(e => e.Calendar == CalendarId && e.Status != "cancelled" && e.Uid is not null).OrderBy(e => e.Uid, StringComparer.Ordinal).ToList();
        }
    }

    /// <summary>Every event in our calendar, cancelled ones too.</summary>
    public List<GoogleDoubleEvent> AllEvents()
    {
        lock (Gate)
        {
            return _events.Values.Where(e => e.Calendar == CalendarId).ToList();
        }
    }

    /// <summary>The athlete drags the session to another time in Google Calendar.</summary>
    public void MoveByHand(string uid, DateTimeOffset start) => Change(uid, e =>
    {
        var length = e.End - e.Start;
        (e.Start, e.End) = (start, start + length);
    });

    /// <summary>Another client (or the athlete) retitles it, keeping the time: only the etag changes for us.</summary>
    public void RetitleByHand(string uid, string summary) => Change(uid, e => e.Body["summary"] = summary);

    /// <summary>The athlete deletes the session in Google Calendar (it stays as cancelled).</summary>
    public void DeleteByHand(string uid) => Change(uid, e => e.Status = "cancelled");

    /// <summary>The athlete deletes our whole calendar.</summary>
    public void DeleteCalendarByHand()
    {
        lock (Gate)
        {
            _calendars.Remove(CalendarId!);
            foreach (var key in _events.Keys.Where(k => k.Calendar == CalendarId).ToList())
            {
                _events.Remove(key);
            }
        }
    }

    /// <summary>Google forgets old sync tokens: every token handed out so far answers 410.</summary>
    public void ExpireSyncTokens()
    {
        lock (Gate)
        {
            _syncHorizon = NextSerial();
        }
    }

    protected override ResponseMessage FaultAnswer(int status, string? reason) => status switch
    {
        403 => Error(403, "Rate Limit Exceeded", reason ?? "rateLimitExceeded", "usageLimits"),
        429 => Error(429, "Too Many Requests", reason ?? "rateLimitExceeded", "usageLimits"),
        _ => Error(status, "Backend Error", "backendError", "global"),
    };

    protected override ResponseMessage Api(IRequestMessage request, JsonNode? body)
    {
        if (!request.Path.StartsWith(Prefix + "/calendars", StringComparison.Ordinal))
        {
            return Error(404, "Not Found", "notFound");
        }

        var parts = request.Path[Prefix.Length..].Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Uri.UnescapeDataString).ToArray();
        return (request.Method, parts.Length) switch
        {
            ("POST", 1) => InsertCalendar(body),
            ("GET", 2) => _calendars.TryGetValue(parts[1], out var summary) ? Json(200, new JsonObject { ["id"] = parts[1], ["summary"] = summary }) : Error(404, "Not Found", "notFound"),
            (_, >= 3) when parts[2] == "events" && !_calendars.ContainsKey(parts[1]) => Error(404, "Not Found", "notFound"),
            ("POST", 3) when parts[2] == "events" => Insert(parts[1], body),
            ("GET", 3) when parts[2] == "events" => List(parts[1], request),
            ("GET", 4) when parts[2] == "events" => Get(parts[1], parts[3]),
            ("PUT", 4) when parts[2] == "events" => Update(parts[1], parts[3], Header(request, "If-Match"), body),
            ("DELETE", 4) when parts[2] == "events" => Delete(parts[1], parts[3], Header(request, "If-Match")),
            _ => Error(404, "Not Found", "notFound"),
        };
    }

    private ResponseMessage InsertCalendar(JsonNode? body)
    {
        var id = $"c{NextSerial().ToString(CultureInfo.InvariantCulture)}rs@group.calendar.google.com";
        _calendars[id] = body?["summary"]?.GetValue<string>() ?? "";
        CalendarId = id;
        CalendarsMade++;
        return Json(200, new JsonObject { ["kind"] = "calendar#calendar", ["id"] = id, ["summary"] = _calendars[id] });
    }

    private ResponseMessage Insert(string calendar, JsonNode? body)
    {
        var id = body?["id"]?.GetValue<string>() ?? "g" + NextSerial().ToString(CultureInfo.InvariantCulture);
        if (id.Length is < 5 or > 1024 || id.Any(c => !Base32Hex.Contains(c, StringComparison.Ordinal)))
        {
            return Error(400, "Invalid resource id value.", "invalid");
        }

        if (_events.ContainsKey((calendar, id)))
        {
            return Error(409, "The requested identifier already exists.", "duplicate");
        }

        var e = new GoogleDoubleEvent(calendar, id);
        Apply(e, body!);
        Touch(e);
        _events[(calendar, id)] = e;
        return Json(200, e.ToJson());
    }

    private ResponseMessage Get(string calendar, string id) =>
        _events.TryGetValue((calendar, id), out var e) ? Json(200, e.ToJson()) : Error(404, "Not Found", "notFound");

    private ResponseMessage Update(string calendar, string id, string? ifMatch, JsonNode? body)
    {
        if (!_events.TryGetValue((calendar, id), out var e))
        {
            return Error(404, "Not Found", "notFound");
        }

        if (ifMatch is not null && ifMatch != e.ETag)
        {
            return Error(412, "Precondition Failed", "conditionNotMet");
        }

        var moved = Apply(e, body!);
        e.Status = body?["status"]?.GetValue<string>() ?? "confirmed";
        e.Sequence += moved ? 1 : 0;
        Touch(e);
        return Json(200, e.ToJson());
    }

    private ResponseMessage Delete(string calendar, string id, string? ifMatch)
    {
        if (!_events.TryGetValue((calendar, id), out var e))
        {
            return Error(404, "Not Found", "notFound");
        }

        if (e.Status == "cancelled")
        {
            return Error(410, "Resource has been deleted", "deleted");
        }

        if (ifMatch is not null && ifMatch != e.ETag)
        {
            return Error(412, "Precondition Failed", "conditionNotMet");
        }

        e.Status = "cancelled";
        Touch(e);
        return Empty(204);
    }

    private ResponseMessage List(string calendar, IRequestMessage request)
    {
        var token = Query(request, "syncToken");
        var since = -1;
        if (token is not null)
        {
            var parts = token.Split('.');
            if (parts.Length != 2 || parts[0] != calendar.GetHashCode(StringComparison.Ordinal).ToString("x", CultureInfo.InvariantCulture)
                || !int.TryParse(parts[1], CultureInfo.InvariantCulture, out since) || since < _syncHorizon)
            {
                return Error(410, "Sync token is no longer valid, a full sync is required.", "fullSyncRequired");
            }
        }

        var all = _events.Values.Where(e => e.Calendar == calendar && (token is null ? e.Status != "cancelled" : e.Updated > since))
            .OrderBy(e => e.Updated).ToList();
        var offset = int.TryParse(Query(request, "pageToken"), CultureInfo.InvariantCulture, out var o) ? o : 0;
        var size = Math.Min(PageSize, int.TryParse(Query(request, "maxResults"), CultureInfo.InvariantCulture, out var m) ? m : 250);
        var page = all.Skip(offset).Take(size).ToList();
        var answer = new JsonObject { ["kind"] = "calendar#events", ["items"] = new JsonArray(page.Select(e => (JsonNode)e.ToJson()).ToArray()) };
        if (offset + size < all.Count)
        {
            answer["nextPageToken"] = (offset + size).ToString(CultureInfo.InvariantCulture);
        }
        else
        {
            answer["nextSyncToken"] = $"{calendar.GetHashCode(StringComparison.Ordinal).ToString("x", CultureInfo.InvariantCulture)}.{NextSerial().ToString(CultureInfo.InvariantCulture)}";
        }

        return Json(200, answer);
    }

    private void Change(string uid, Action<GoogleDoubleEvent> change)
    {
        lock (Gate)
        {
            var e = _events.Values.Single(x => x.Calendar == CalendarId && x.Uid == uid);
            change(e);
            e.Sequence++;
            Touch(e);
        }
    }

    // Returns true when the start moved.
    private static bool Apply(GoogleDoubleEvent e, JsonNode body)
    {
        var before = e.Start;
        foreach (var field in new[] { "summary", "description", "extendedProperties", "reminders" })
        {
            e.Body[field] = body[field]?.DeepClone();
        }

        e.Start = DateTimeOffset.Parse(body["start"]!["dateTime"]!.GetValue<string>(), CultureInfo.InvariantCulture);
        e.End = DateTimeOffset.Parse(body["end"]!["dateTime"]!.GetValue<string>(), CultureInfo.InvariantCulture);
        e.TimeZone = body["start"]?["timeZone"]?.GetValue<string>();
        return before != e.Start;
    }

    private void Touch(GoogleDoubleEvent e)
    {
        e.Updated = NextSerial();
        e.ETag = $"\"{e.Updated.ToString(CultureInfo.InvariantCulture)}\"";
    }

    private static ResponseMessage Error(int code, string message, string reason, string domain = "global") =>
        Json(code, new JsonObject
        {
            ["error"] = new JsonObject
            {
                ["code"] = code,
                ["message"] = message,
                ["errors"] = new JsonArray(new JsonObject { ["domain"] = domain, ["reason"] = reason, ["message"] = message }),
            },
        });
}

/// <summary>An event as the Google double holds it.</summary>
public sealed class GoogleDoubleEvent(string calendar, string id)
{
    public string Calendar { get; } = calendar;

    public string Id { get; } = id;

    public JsonObject Body { get; } = [];

    public string Status { get; set; } = "confirmed";

    public string ETag { get; set; } = "";

    public int Sequence { get; set; }

    public int Updated { get; set; }

    public DateTimeOffset Start { get; set; }

    public DateTimeOffset End { get; set; }

    public string? TimeZone { get; set; }

    public string? Summary => Body["summary"]?.GetValue<string>();

    /// <summary>Our session UID, from the private extended properties.</summary>
    public string? Uid => Body["extendedProperties"]?["private"]?["runnerstrengthUid"]?.GetValue<string>();

    /// <summary>Our revision, from the private extended properties.</summary>
    public int? OurSequence => int.TryParse(Body["extendedProperties"]?["private"]?["runnerstrengthSequence"]?.GetValue<string>(), CultureInfo.InvariantCulture, out var s) ? s : null;

    public JsonObject ToJson()
    {
        var json = (JsonObject)Body.DeepClone();
        json["kind"] = "calendar#event";
        json["id"] = Id;
        json["etag"] = ETag;
        json["status"] = Status;
        json["sequence"] = Sequence;
        json["iCalUID"] = Id + "@google.com";
        json["start"] = new JsonObject { ["dateTime"] = Start.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture), ["timeZone"] = TimeZone };
        json["end"] = new JsonObject { ["dateTime"] = End.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture), ["timeZone"] = TimeZone };
        return json;
    }
}
