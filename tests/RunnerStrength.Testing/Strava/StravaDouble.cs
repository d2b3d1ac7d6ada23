using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Types;
using WireMock.Util;

namespace RunnerStrength.Testing.Strava;

/// <summary>
/// Strava as a WireMock.Net server that misbehaves the way Strava does (strava-api.md section 7): OAuth
/// with rotating refresh tokens, the four rate-limit headers in Strava's casing with windows aligned to
/// the clock (compressible), 429 once a window is spent, paged activity lists honouring before, after,
/// page and per_page, and injectable faults: 5xx bursts, truncated JSON, slow answers, 401, 403 inactive.
/// It counts every call and every violation of the rate limit.
/// </summary>
public sealed partial class StravaDouble : IDisposable
{
    public const string ClientId = "4242";
    public const string ClientSecret = "double-client-secret";
    private const long AthleteId = 777;
    private const string NextPrefix = "/next";

    private readonly WireMockServer _server;
    private readonly Lock _gate = new();
    private readonly ConcurrentQueue<Fault> _faults = new();
    private readonly HashSet<string> _codes = [];
    private int _tokenSerial;
    private long _shortWindow = -1;
    private long _longWindow = -1;
    private long _blockedWindow = -1;

    public StravaDouble(IEnumerable<StravaDoubleActivity> activities, TimeSpan shortWindow, TimeSpan longWindow, int shortLimit = 100, int longLimit = 1000)
    {
        Activities = activities.ToList();
        (ShortWindow, LongWindow, ShortLimit, LongLimit) = (shortWindow, longWindow, shortLimit, longLimit);
        _server = WireMockServer.Start();
        _server.Given(Request.Create().UsingAnyMethod()).RespondWith(Response.Create().WithCallback(Handle));
    }

    public List<StravaDoubleActivity> Activities { get; }

    /// <summary>The double's clock: the real one, so its windows and the client's agree.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    public TimeSpan ShortWindow { get; }

    public TimeSpan LongWindow { get; }

    public int ShortLimit { get; set; }

    public int LongLimit { get; set; }

    /// <summary>Sort lists with <c>after</c> oldest first (as widely reported) instead of newest first.</summary>
    public bool AfterListsOldestFirst { get; set; } = true;

    /// <summary>The most activities a list page returns (Strava: 200); lower it to make a backfill take more pages.</summary>
    public int MaxPerPage { get; set; } = 200;

    /// <summary>Answer every API call with 403 Application Inactive (the 2026 subscription rule).</summary>
    public bool Inactive { get; set; }

    public string BaseUrl => _server.Url!;

    public string AuthorizeUrl => $"{BaseUrl}/oauth/authorize";

    public string TokenUrl => $"{BaseUrl}/oauth/token";

    public string DeauthorizeUrl => $"{BaseUrl}/oauth/deauthorize";

    public string ApiBaseUrl => $"{BaseUrl}/api/v3";

    /// <summary>The 2027 base (api-v3.strava.com), on this double under <c>/next</c>, without the /api/v3 prefix.</summary>
    public string NextApiBaseUrl => $"{BaseUrl}{NextPrefix}";

    public string RevokeUrl => $"{BaseUrl}/oauth/revoke";

    /// <summary>Whether the 2027 base answers yet (Strava: from 4 January 2027).</summary>
    public bool NextBaseLive { get; set; }

    /// <summary>Whether <c>POST /oauth/revoke</c> exists yet (Strava: by 1 June 2027).</summary>
    public bool RevokeLive { get; set; }

    /// <summary>Revoked through <c>/oauth/revoke</c> (HTTP Basic with the app's credentials).</summary>
    public bool Revoked { get; private set; }

    public int NextApiCalls => Requests.Count(r => r.Contains($" {NextPrefix}/", StringComparison.Ordinal));

    public string? AccessToken { get; private set; }

    public string? RefreshToken { get; private set; }

    public DateTimeOffset AccessExpires { get; private set; }

    /// <summary>Every request received, in order: method and path with query.</summary>
    public ConcurrentQueue<string> Requests { get; } = new();

    public int ApiCalls => Requests.Count(r => r.Contains("/api/v3/", StringComparison.Ordinal));

    /// <summary>Calls for an activity's laps.</summary>
    public int LapCalls => Requests.Count(r => r.Contains("/laps", StringComparison.Ordinal));

    public int ListCalls => Requests.Count(r => r.Contains("/api/v3/athlete/activities", StringComparison.Ordinal));

    public int TokenCalls => Requests.Count(r => r.Contains("/oauth/token", StringComparison.Ordinal));

    /// <summary>API requests that arrived while the window's budget was spent, or after a 429 in the same window.</summary>
    public int Violations { get; private set; }

    public int TooManyRequestsSent { get; private set; }

    public bool Deauthorized { get; private set; }

    /// <summary>The callback URL of the application's push subscription, if one was created.</summary>
    public string? SubscriptionCallback { get; private set; }

    /// <summary>Runs for every API request before it is answered (e.g. to crash the client mid-backfill).</summary>
    public Action<string>? OnApiRequest { get; set; }

    /// <summary>
    /// The service's settings that point it at this double, keyed for configuration
    /// (<c>RunnerStrength:Strava:ClientId</c>) or, with <paramref name="separator"/> "__", for the environment.
    /// </summary>
    public Dictionary<string, string> Settings(string separator = ":") => new()
    {
        [$"RunnerStrength{separator}Strava{separator}ClientId"] = ClientId,
        [$"RunnerStrength{separator}Strava{separator}ClientSecret"] = ClientSecret,
        [$"RunnerStrength{separator}Strava{separator}AuthorizeUrl"] = AuthorizeUrl,
        [$"RunnerStrength{separator}Strava{separator}TokenUrl"] = TokenUrl,
        [$"RunnerStrength{separator}Strava{separator}DeauthorizeUrl"] = DeauthorizeUrl,
        [$"RunnerStrength{separator}Strava{separator}ApiBaseUrl"] = ApiBaseUrl,
        [$"RunnerStrength{separator}Strava{separator}NextApiBaseUrl"] = NextApiBaseUrl,
        [$"RunnerStrength{separator}Strava{separator}RevokeUrl"] = RevokeUrl,
        [$"RunnerStrength{separator}Strava{separator}ShortWindow"] = ShortWindow.ToString("c", System.Globalization.CultureInfo.InvariantCulture),
        [$"RunnerStrength{separator}Strava{separator}LongWindow"] = LongWindow.ToString("c", System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>A code the authorize page would hand back for these scopes.</summary>
    public string IssueCode()
    {
        var code = "code-" + Guid.NewGuid().ToString("N");
        lock (_gate)
        {
            _codes.Add(code);
        }

        return code;
    }

    /// <summary>The next <paramref name="count"/> API requests get <paramref name="status"/> (5xx bursts, 401).</summary>
    public void FailNext(int count, int status) => Enqueue(count, new Fault(status, false, TimeSpan.Zero));

    /// <summary>The next <paramref name="count"/> API answers are 200 with the JSON cut in half.</summary>
    public void TruncateNext(int count) => Enqueue(count, new Fault(200, true, TimeSpan.Zero));

    /// <summary>The next <paramref name="count"/> API answers come after <paramref name="delay"/>.</summary>
    public void DelayNext(int count, TimeSpan delay) => Enqueue(count, new Fault(200, false, delay));

    /// <summary>The current access token stops working (as after six hours, or a revocation at Strava).</summary>
    public void ExpireAccessToken() => AccessToken = "expired-" + AccessToken;

    /// <summary>The refresh token stops working (revoked on strava.com, or a restored old backup).</summary>
    public void RevokeRefreshToken() => RefreshToken = "revoked-" + RefreshToken;

    /// <summary>Spends the current short window at once, as another app of the same athlete could.</summary>
    public void SpendShortWindow()
    {
        lock (_gate)
        {
            Roll();
            ShortUsage = ShortLimit;
        }
    }

    public int ShortUsage { get; private set; }

    public int LongUsage { get; private set; }

    public void Dispose() => _server.Stop();

    private void Enqueue(int count, Fault fault)
    {
        for (var i = 0; i < count; i++)
        {
            _faults.Enqueue(fault);
        }
    }

    private sealed record Fault(int Status, bool Truncate, TimeSpan Delay);

    private static WireMock.ResponseMessage Json(int status, object body, Dictionary<string, WireMockList<string>>? headers = null) => new()
    {
        StatusCode = status,
        Headers = Merge(headers, new() { ["Content-Type"] = new WireMockList<string>("application/json; charset=utf-8") }),
        BodyData = new BodyData { DetectedBodyType = BodyType.String, BodyAsString = body as string ?? JsonSerializer.Serialize(body) },
    };

    private static Dictionary<string, WireMockList<string>> Merge(Dictionary<string, WireMockList<string>>? a, Dictionary<string, WireMockList<string>> b)
    {
        var all = new Dictionary<string, WireMockList<string>>(b);
        foreach (var (key, value) in a ?? [])
        {
            all[key] = value;
        }

        return all;
    }

    private static string FaultBody(string message, string resource, string field, string code) =>
        JsonSerializer.Serialize(new { message, errors = new[] { new { resource, field, code } } });

    private static Dictionary<string, string> Form(string? body) =>
        (body ?? "").Split('&', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split('=', 2))
            .ToDictionary(p => Uri.UnescapeDataString(p[0]), p => p.Length > 1 ? Uri.UnescapeDataString(p[1].Replace('+', ' ')) : "");

    private static string Unix(DateTimeOffset time) => time.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
}
