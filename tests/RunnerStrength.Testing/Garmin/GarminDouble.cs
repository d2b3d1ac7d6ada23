using System.Collections.Concurrent;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Types;
using WireMock.Util;

namespace RunnerStrength.Testing.Garmin;

/// <summary>
/// Garmin Connect's Personal API as a WireMock.Net server (garmin-personal-api.md): the key exchange
/// (<c>Authorization: ApiKey</c>) for a JWT bearer token, the activity list by local days with
/// <c>start</c>/<c>limit</c> paging (at most 100), and original files zipped. It misbehaves as Garmin can:
/// 401 for an expired token and for a refused key, 429 with <c>Retry-After</c>, 5xx. It counts every call,
/// every download per activity, and every request sent before a 429's wait had passed.
/// </summary>
public sealed class GarminDouble : IDisposable
{
    public const string Key = "double-personal-api-key";
    public const string TokenPath = "/personalapitoken-service/personal-api/personal-api-key/token";
    public const string ActivitiesPath = "/activitylist-service/activities/search/activities";
    private const string DownloadPrefix = "/download-service/files/activity/";

    private readonly WireMockServer _server;
    private readonly Lock _gate = new();
    private readonly ConcurrentQueue<int> _faults = new();
    private readonly HashSet<string> _validTokens = [];
    private int _tokenSerial;
    private DateTimeOffset _closedUntil;

    public GarminDouble(IEnumerable<GarminDoubleActivity> activities)
    {
        Activities = activities.ToList();
        _server = WireMockServer.Start();
        _server.Given(Request.Create().UsingAnyMethod()).RespondWith(Response.Create().WithCallback(Handle));
    }

    public List<GarminDoubleActivity> Activities { get; }

    /// <summary>The double's clock: the real one, so a Retry-After means the same to it and the client.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>The account's time zone: list dates are its local days.</summary>
    public TimeZoneInfo AccountZone { get; init; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    /// <summary>Answer the key exchange in camelCase without a lifetime (the JWT's exp then tells it), as an unconfirmed variant.</summary>
    public bool CamelCaseTokenWithoutLifetime { get; set; }

    /// <summary>The key was deleted on Garmin Connect or expired: the exchange answers 401.</summary>
    public bool KeyRefused { get; set; }

    public string BaseUrl => _server.Url!;

    public ConcurrentQueue<string> Requests { get; } = new();

    public int ListCalls => Requests.Count(r => r.Contains(ActivitiesPath, StringComparison.Ordinal));

    public int TokenCalls => Requests.Count(r => r.Contains(TokenPath, StringComparison.Ordinal));

    public ConcurrentDictionary<long, int> Downloads { get; } = new();

    /// <summary>Requests that arrived while a 429's Retry-After was still running.</summary>
    public int Violations { get; private set; }

    /// <summary>Runs before every data request is answered (e.g. to kill the client mid-history).</summary>
    public Action<string>? OnDataRequest { get; set; }

    /// <summary>The service's settings that point it at this double (<c>RunnerStrength:Garmin:…</c>, or "__" for the environment).</summary>
    public Dictionary<string, string> Settings(string separator = ":", bool withKey = true)
    {
        var settings = new Dictionary<string, string>
        {
            [$"RunnerStrength{separator}Garmin{separator}TokenUrl"] = BaseUrl + TokenPath,
            [$"RunnerStrength{separator}Garmin{separator}ApiBaseUrl"] = BaseUrl,
            [$"RunnerStrength{separator}Garmin{separator}RetryDelay"] = "00:00:00.050",
        };
        if (withKey)
        {
            settings[$"RunnerStrength{separator}Garmin{separator}ApiKey"] = Key;
        }

        return settings;
    }

    /// <summary>The next <paramref name="count"/> data requests get <paramref name="status"/>.</summary>
    public void FailNext(int count, int status)
    {
        for (var i = 0; i < count; i++)
        {
            _faults.Enqueue(status);
        }
    }

    /// <summary>The next data request gets 429 with <c>Retry-After: <paramref name="seconds"/></c>.</summary>
    public void RateLimitNext(int seconds) => _faults.Enqueue(-seconds);

    /// <summary>Every token handed out so far stops working (as after a day).</summary>
    public void ExpireTokens()
    {
        lock (_gate)
        {
            _validTokens.Clear();
        }
    }

    public void Dispose() => _server.Stop();

    private ResponseMessage Handle(IRequestMessage request)
    {
        Requests.Enqueue($"{request.Method} {new Uri(request.Url).PathAndQuery}");
        lock (_gate)
        {
            if (Clock.GetUtcNow() < _closedUntil)
            {
                Violations++;
            }
        }

        if (request.Path == TokenPath)
        {
            return Exchange(request);
        }

        OnDataRequest?.Invoke(request.Path);
        var bearer = Header(request, "Authorization");
        lock (_gate)
        {
            if (bearer is null || !bearer.StartsWith("Bearer ", StringComparison.Ordinal) || !_validTokens.Contains(bearer[7..]))
            {
                return Json(401, new { message = "Unauthorized" });
            }
        }

        if (_faults.TryDequeue(out var fault))
        {
            if (fault < 0)
            {
                lock (_gate)
                {
                    _closedUntil = Clock.GetUtcNow().AddSeconds(-fault);
                }

                return Json(429, new { message = "Too Many Requests" }, ("Retry-After", (-fault).ToString(CultureInfo.InvariantCulture)));
            }

            return Json(fault, new { message = "Internal Server Error" });
        }

        if (request.Path == ActivitiesPath)
        {
            return List(request);
        }

        if (request.Path.StartsWith(DownloadPrefix, StringComparison.Ordinal) && long.TryParse(request.Path[DownloadPrefix.Length..], CultureInfo.InvariantCulture, out var id))
        {
            return Download(id);
        }

        return Json(404, new { message = "Not Found" });
    }

    private ResponseMessage Exchange(IRequestMessage request)
    {
        if (request.Method != "POST" || Header(request, "Authorization") != $"ApiKey {Key}" || KeyRefused)
        {
            return Json(401, new { error = "invalid_api_key", message = "The API key is invalid or expired." });
        }

        string token;
        lock (_gate)
        {
            var expires = Clock.GetUtcNow().AddDays(1).ToUnixTimeSeconds();
            token = $"{Base64Url("{\"alg\":\"HS256\"}")}.{Base64Url($"{{\"sub\":\"double\",\"n\":{++_tokenSerial},\"exp\":{expires}}}")}.c2lnbmF0dXJl";
            _validTokens.Add(token);
        }

        return CamelCaseTokenWithoutLifetime
            ? Json(200, new { accessToken = token, tokenType = "Bearer" })
            : Json(200, new { access_token = token, token_type = "Bearer", expires_in = 86400 });
    }

    private ResponseMessage List(IRequestMessage request)
    {
        var query = request.Query ?? new Dictionary<string, WireMockList<string>>();
        string? Get(string name) => query.TryGetValue(name, out var v) ? v.FirstOrDefault() : null;
        var limit = int.Parse(Get("limit") ?? "20", CultureInfo.InvariantCulture);
        if (limit > 100 || !DateOnly.TryParse(Get("startDate"), CultureInfo.InvariantCulture, out var from) || !DateOnly.TryParse(Get("endDate"), CultureInfo.InvariantCulture, out var to) || to.DayNumber - from.DayNumber > 365)
        {
            return Json(400, new { message = "Invalid query: limit at most 100, startDate and endDate at most 366 days apart." });
        }

        var offset = int.Parse(Get("start") ?? "0", CultureInfo.InvariantCulture);
        var page = Activities
            .Where(a => LocalDay(a.StartUtc) is var day && day >= from && day <= to)
            .OrderByDescending(a => a.StartUtc)
            .Skip(offset)
            .Take(limit)
            .Select(a => new Dictionary<string, object>
            {
                ["activityId"] = a.Id,
                ["activityName"] = $"Activity {a.Id}",
                ["startTimeGMT"] = a.StartUtc.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
                ["startTimeLocal"] = TimeZoneInfo.ConvertTime(a.StartUtc, AccountZone).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
                ["activityType"] = new { typeKey = a.TypeKey },
                ["duration"] = 3600.0,
            })
            .ToList();
        return Json(200, page);
    }

    private ResponseMessage Download(long id)
    {
        var activity = Activities.FirstOrDefault(a => a.Id == id);
        if (activity is null)
        {
            return Json(404, new { message = "Not Found" });
        }

        Downloads.AddOrUpdate(id, 1, (_, n) => n + 1);
        var bytes = activity.Zipped ? Zip($"{id}_ACTIVITY.fit", activity.File) : activity.File;
        return new ResponseMessage
        {
            StatusCode = 200,
            Headers = new Dictionary<string, WireMockList<string>> { ["Content-Type"] = new(activity.Zipped ? "application/zip" : "application/octet-stream") },
            BodyData = new BodyData { DetectedBodyType = BodyType.Bytes, BodyAsBytes = bytes },
        };
    }

    private DateOnly LocalDay(DateTimeOffset start) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(start, AccountZone).DateTime);

    private static byte[] Zip(string name, byte[] content)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = zip.CreateEntry(name).Open();
            entry.Write(content);
        }

        return buffer.ToArray();
    }

    private static string? Header(IRequestMessage request, string name) =>
        request.Headers?.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault();

    private static string Base64Url(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static ResponseMessage Json(int status, object body, params (string Name, string Value)[] headers)
    {
        var all = new Dictionary<string, WireMockList<string>> { ["Content-Type"] = new("application/json; charset=utf-8") };
        foreach (var (name, value) in headers)
        {
            all[name] = new WireMockList<string>(value);
        }

        return new ResponseMessage
        {
            StatusCode = status,
            Headers = all,
            BodyData = new BodyData { DetectedBodyType = BodyType.String, BodyAsString = JsonSerializer.Serialize(body) },
        };
    }
}
