using System.Globalization;
using WireMock;
using WireMock.Types;
using WireMock.Util;

namespace RunnerStrength.Testing.Strava;

public sealed partial class StravaDouble
{
    private WireMock.ResponseMessage Handle(IRequestMessage request)
    {
        var path = request.Path;
        Requests.Enqueue($"{request.Method} {new Uri(request.Url).PathAndQuery}");
        if (path == "/oauth/token")
        {
            return Token(Form(request.Body));
        }

        if (path == "/oauth/deauthorize")
        {
            Deauthorized = true;
            AccessToken = null;
            return Json(200, new { access_token = Form(request.Body).GetValueOrDefault("access_token") });
        }

        if (path == "/oauth/revoke")
        {
            return Revoke(request);
        }

        // The 2027 base (api-v3.strava.com) has no /api/v3 prefix; before it is live its host answers nothing useful.
        if (path.StartsWith(NextPrefix + "/", StringComparison.Ordinal))
        {
            if (!NextBaseLive)
            {
                return new WireMock.ResponseMessage { StatusCode = 404, BodyData = new BodyData { DetectedBodyType = BodyType.String, BodyAsString = "<html><body>Not Found</body></html>" } };
            }

            path = "/api/v3" + path[NextPrefix.Length..];
        }

        OnApiRequest?.Invoke(path);
        Dictionary<string, WireMockList<string>> headers;
        lock (_gate)
        {
            Roll();
            var window = Window(ShortWindow);
            if (ShortUsage >= ShortLimit || LongUsage >= LongLimit || _blockedWindow == window)
            {
                Violations += _blockedWindow == window || ShortUsage > ShortLimit || LongUsage > LongLimit ? 1 : 0;
            }

            // Strava counts rejected requests too.
            (ShortUsage, LongUsage) = (ShortUsage + 1, LongUsage + 1);
            headers = RateHeaders();
            if (ShortUsage > ShortLimit || LongUsage > LongLimit)
            {
                if (_blockedWindow != window)
                {
                    TooManyRequestsSent++;
                }

                _blockedWindow = window;
                return Json(429, FaultBody("Rate Limit Exceeded", "Application", "rate limit", "exceeded"), headers);
            }
        }

        if (_faults.TryDequeue(out var fault) && fault.Delay > TimeSpan.Zero)
        {
            Thread.Sleep(fault.Delay);
            fault = null;
        }

        if (fault is { Truncate: false, Status: not 200 })
        {
            return Json(fault.Status, fault.Status == 401
                ? FaultBody("Authorization Error", "Athlete", "access_token", "invalid")
                : "<html><body>502 Bad Gateway</body></html>", headers);
        }

        if (Inactive)
        {
            return Json(403, FaultBody("Forbidden", "Application", "Status", "Inactive"), headers);
        }

        if (path == "/api/v3/push_subscriptions")
        {
            return Subscriptions(request, headers);
        }

        var bearer = request.Headers?.TryGetValue("Authorization", out var values) == true ? values.FirstOrDefault() : null;
        if (AccessToken is null || bearer != $"Bearer {AccessToken}")
        {
            return Json(401, FaultBody("Authorization Error", "Athlete", "access_token", "invalid"), headers);
        }

        var answer = Api(request, path, headers);
        if (fault is { Truncate: true } && answer.BodyData?.BodyAsString is { Length: > 2 } body)
        {
            answer.BodyData.BodyAsString = body[..(body.Length / 2)];
        }

        return answer;
    }

    private WireMock.ResponseMessage Revoke(IRequestMessage request)
    {
        if (!RevokeLive)
        {
            return Json(404, FaultBody("Record Not Found", "Path", "/oauth/revoke", "invalid"));
        }

        var basic = "Basic " + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{ClientId}:{ClientSecret}"));
        var authorization = request.Headers?.TryGetValue("Authorization", out var values) == true ? values.FirstOrDefault() : null;
        var token = Form(request.Body).GetValueOrDefault("token");
        if (authorization != basic || token is null || (token != AccessToken && token != RefreshToken))
        {
            return Json(401, FaultBody("Authorization Error", "Application", "token", "invalid"));
        }

        Revoked = true;
        AccessToken = null;
        RefreshToken = "revoked-" + RefreshToken;
        return Json(200, new { });
    }

    private WireMock.ResponseMessage Api(IRequestMessage request, string apiPath, Dictionary<string, WireMockList<string>> headers)
    {
        var path = apiPath["/api/v3".Length..];
        if (path == "/athlete")
        {
            return Json(200, new { id = AthleteId, firstname = "Ada", lastname = "Runner", resource_state = 3 }, headers);
        }

        if (path == "/athlete/activities")
        {
            return Json(200, List(request), headers);
        }

        if (path.StartsWith("/activities/", StringComparison.Ordinal) && path.Count(c => c == '/') == 2)
        {
            var id = long.Parse(path.Split('/')[2], CultureInfo.InvariantCulture);
            return Activities.FirstOrDefault(a => a.Id == id) is { } activity
                ? Json(200, Summary(activity), headers)
                : Json(404, FaultBody("Record Not Found", "Activity", "id", "invalid"), headers);
        }

        if (path.StartsWith("/activities/", StringComparison.Ordinal) && path.EndsWith("/laps", StringComparison.Ordinal))
        {
            var id = long.Parse(path.Split('/')[2], CultureInfo.InvariantCulture);
            return Activities.FirstOrDefault(a => a.Id == id) is { } activity
                ? Json(200, Enumerable.Range(1, 8).Select(i => new { lap_index = i, elapsed_time = activity.MovingSeconds / 8, moving_time = activity.MovingSeconds / 8, distance = activity.DistanceM / 8, average_heartrate = i % 2 == 0 ? 168.0 : 135.0 }).ToList(), headers)
                : Json(404, FaultBody("Record Not Found", "Activity", "id", "invalid"), headers);
        }

        return Json(404, FaultBody("Record Not Found", "Path", path, "invalid"), headers);
    }

    private List<object> List(IRequestMessage request)
    {
        string? Query(string name) => request.Query?.TryGetValue(name, out var v) == true ? v.FirstOrDefault() : null;
        long? before = Query("before") is { } b ? long.Parse(b, CultureInfo.InvariantCulture) : null;
        long? after = Query("after") is { } a ? long.Parse(a, CultureInfo.InvariantCulture) : null;
        var page = Query("page") is { } p ? int.Parse(p, CultureInfo.InvariantCulture) : 1;
        var perPage = Math.Min(MaxPerPage, Query("per_page") is { } pp ? int.Parse(pp, CultureInfo.InvariantCulture) : 30);
        var matching = Activities.Where(x => (before is null || x.Start.ToUnixTimeSeconds() < before) && (after is null || x.Start.ToUnixTimeSeconds() > after));
        matching = after is not null && AfterListsOldestFirst ? matching.OrderBy(x => x.Start) : matching.OrderByDescending(x => x.Start);
        return matching.Skip((page - 1) * perPage).Take(perPage).Select(Summary).ToList();
    }

    private static object Summary(StravaDoubleActivity x) => new Dictionary<string, object?>
    {
        ["resource_state"] = 2,
        ["athlete"] = new { id = AthleteId, resource_state = 1 },
        ["name"] = x.Name,
        ["distance"] = x.DistanceM,
        ["moving_time"] = x.MovingSeconds,
        ["elapsed_time"] = x.MovingSeconds + 20,
        ["total_elevation_gain"] = 42.0,
        ["type"] = x.SportType == "TrailRun" ? "Run" : x.SportType,
        ["sport_type"] = x.SportType,
        ["workout_type"] = x.WorkoutType,
        ["id"] = x.Id,
        ["start_date"] = x.Start.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        ["start_date_local"] = x.Start.UtcDateTime.AddHours(1).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        ["timezone"] = "(GMT+01:00) Europe/Paris",
        ["utc_offset"] = 3600.0,
        ["trainer"] = false,
        ["manual"] = false,
        ["has_heartrate"] = true,
        ["average_heartrate"] = 150.0,
        ["max_heartrate"] = 178.0,
        ["external_id"] = $"garmin_ping_{x.Id}",
        ["visibility"] = "everyone",
    };

    // Strava checks the callback's handshake before it answers a create; the double trusts the caller.
    private WireMock.ResponseMessage Subscriptions(IRequestMessage request, Dictionary<string, WireMockList<string>> headers)
    {
        var form = request.Method == "POST" ? Form(request.Body) : request.Query!.ToDictionary(q => q.Key, q => q.Value.FirstOrDefault() ?? "");
        if (form.GetValueOrDefault("client_id") != ClientId || form.GetValueOrDefault("client_secret") != ClientSecret)
        {
            return Json(401, FaultBody("Authorization Error", "Application", "client_id", "invalid"), headers);
        }

        if (request.Method == "POST")
        {
            SubscriptionCallback = form.GetValueOrDefault("callback_url");
            return Json(201, new { id = 131300, resource_state = 2, application_id = 4242, callback_url = SubscriptionCallback }, headers);
        }

        return Json(200, SubscriptionCallback is null ? [] : new[] { new { id = 131300, resource_state = 2, application_id = 4242, callback_url = SubscriptionCallback } }, headers);
    }

    private WireMock.ResponseMessage Token(Dictionary<string, string> form)
    {
        lock (_gate)
        {
            if (form.GetValueOrDefault("client_id") != ClientId || form.GetValueOrDefault("client_secret") != ClientSecret)
            {
                return Json(401, FaultBody("Bad Request", "Application", "client_id", "invalid"));
            }

            var grant = form.GetValueOrDefault("grant_type");
            if (grant == "authorization_code" && !_codes.Remove(form.GetValueOrDefault("code") ?? ""))
            {
                return Json(400, FaultBody("Bad Request", "RequestToken", "code", "invalid"));
            }

            if (grant == "refresh_token" && (RefreshToken is null || form.GetValueOrDefault("refresh_token") != RefreshToken))
            {
                return Json(400, FaultBody("Bad Request", "RefreshToken", "refresh_token", "invalid"));
            }

            if (grant is not ("authorization_code" or "refresh_token"))
            {
                return Json(400, FaultBody("Bad Request", "GrantType", "grant_type", "invalid"));
            }

            _tokenSerial++;
            (AccessToken, RefreshToken, AccessExpires) = ($"access-{_tokenSerial}", $"refresh-{_tokenSerial}", Clock.GetUtcNow().AddHours(6));
            var body = new Dictionary<string, object?>
            {
                ["token_type"] = "Bearer",
                ["access_token"] = AccessToken,
                ["expires_at"] = AccessExpires.ToUnixTimeSeconds(),
                ["expires_in"] = 21600,
                ["refresh_token"] = RefreshToken,
            };
            if (grant == "authorization_code")
            {
                body["athlete"] = new { id = AthleteId, username = "ada", resource_state = 2, firstname = "Ada", lastname = "Runner" };
            }

            return Json(200, body);
        }
    }

    private Dictionary<string, WireMockList<string>> RateHeaders() => new()
    {
        // Strava's casing on the wire (strava-api.md section 2).
        ["X-Ratelimit-Limit"] = new WireMockList<string>($"{ShortLimit * 2},{LongLimit * 2}"),
        ["X-Ratelimit-Usage"] = new WireMockList<string>($"{ShortUsage},{LongUsage}"),
        ["X-Readratelimit-Limit"] = new WireMockList<string>($"{ShortLimit},{LongLimit}"),
        ["X-Readratelimit-Usage"] = new WireMockList<string>($"{ShortUsage},{LongUsage}"),
    };

    // Windows aligned to the Unix epoch, like Strava's quarter hours and UTC days.
    private void Roll()
    {
        var (shortWindow, longWindow) = (Window(ShortWindow), Window(LongWindow));
        if (shortWindow != _shortWindow)
        {
            (_shortWindow, ShortUsage) = (shortWindow, 0);
        }

        if (longWindow != _longWindow)
        {
            (_longWindow, LongUsage) = (longWindow, 0);
        }
    }

    private long Window(TimeSpan length) => (Clock.GetUtcNow() - DateTimeOffset.UnixEpoch).Ticks / length.Ticks;
}
