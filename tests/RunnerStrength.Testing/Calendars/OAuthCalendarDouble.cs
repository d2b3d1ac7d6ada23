using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Types;
using WireMock.Util;

namespace RunnerStrength.Testing.Calendars;

/// <summary>
/// What Google's and Microsoft's doubles share: a WireMock.Net server (behind a gate that can close, as a
/// provider that goes down), an OAuth 2.0 authorization server (an authorize page that sends
/// the browser back with a code, the token endpoint with single-use codes, PKCE checked when the client sent a
/// challenge, refresh tokens that rotate or not, <c>invalid_grant</c>), bearer checks (401 for an expired
/// token), injectable faults (5xx, 429 with Retry-After) and a log of every request. The API itself is the
/// subclass's.
/// </summary>
public abstract class OAuthCalendarDouble : IDisposable
{
    public const string ClientId = "double-calendar-client";


    private readonly ConcurrentQueue<(int Status, int RetryAfterSeconds, string? Reason)> _faults = new();
    private readonly Dictionary<string, (string RedirectUri, string? Challenge)> _codes = [];
    private readonly HashSet<string> _accessTokens = [];
    private readonly HashSet<string> _refreshTokens = [];
    private readonly WireMockServer _server;
    private readonly TcpGate _gate;
    private int _serial;
    private DateTimeOffset _quietUntil;

    protected OAuthCalendarDouble()
    {
        _server = WireMockServer.Start();
        _server.Given(Request.Create().UsingAnyMethod()).RespondWith(Response.Create().WithCallback(Handle));
        _gate = new TcpGate(_server.Port);
    }

    /// <summary>The client secret the double expects; null for a public client (then PKCE is required).</summary>
    protected abstract string? ClientSecret { get; }

    /// <summary>Whether a refresh hands out a new refresh token and retires the old one (Microsoft does; Google does not).</summary>
    protected abstract bool RotatesRefreshTokens { get; }

    /// <summary>The address clients use: a gate in front of the server, which <see cref="Stop"/> closes.</summary>
    public string BaseUrl => $"http://127.0.0.1:{_gate.Port}";

    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>How long an access token lives (seconds in the token answer).</summary>
    public int AccessTokenSeconds { get; set; } = 3600;

    /// <summary>Every request, as "METHOD path?query".</summary>
    public ConcurrentQueue<string> Requests { get; } = new();

    /// <summary>Requests that came while a Retry-After was still running.</summary>
    public int Violations { get; private set; }

    public int TokenCalls => Requests.Count(r => r.StartsWith("POST /oauth/token", StringComparison.Ordinal));

    /// <summary>The scope the authorize page was asked for, last.</summary>
    public string? AskedScope { get; private set; }

    /// <summary>The query of the last authorize request.</summary>
    public IReadOnlyDictionary<string, string> LastAuthorize { get; private set; } = new Dictionary<string, string>();

    /// <summary>The athlete refuses consent: the authorize page sends the browser back with <c>error=access_denied</c>.</summary>
    public bool DenyConsent { get; set; }

    /// <summary>Revoked, or Google's 7-day Testing expiry: every refresh answers <c>invalid_grant</c>.</summary>
    public bool RefreshRefused { get; set; }

    /// <summary>Every access and refresh token handed out, to check none is stored or logged in the clear.</summary>
    public ConcurrentQueue<string> IssuedTokens { get; } = new();

    /// <summary>Tokens revoked through the revocation endpoint.</summary>
    public int Revocations { get; private set; }

    protected Lock Gate { get; } = new();

    public void Fail(int status, int times = 1)
    {
        for (var i = 0; i < times; i++)
        {
            _faults.Enqueue((status, 0, null));
        }
    }

    public void RateLimit(int retryAfterSeconds, int status = 429, string? reason = null) => _faults.Enqueue((status, retryAfterSeconds, reason));

    /// <summary>Every access token handed out stops working (expired early): the next call gets 401.</summary>
    public void ExpireAccessTokens()
    {
        lock (Gate)
        {
            _accessTokens.Clear();
        }
    }

    /// <summary>The provider goes down: connections are refused (and open ones cut) until <see cref="StartAgain"/>.</summary>
    public void Stop() => _gate.Close();

    public void StartAgain() => _gate.Open();

    public void Dispose()
    {
        _gate.Dispose();
        _server.Stop();
        GC.SuppressFinalize(this);
    }

    /// <summary>The API's answer to an authorized request (the bearer already checked).</summary>
    protected abstract ResponseMessage Api(IRequestMessage request, JsonNode? body);

    /// <summary>A fault the API gives in its own words (e.g. Google's 403 rateLimitExceeded).</summary>
    protected abstract ResponseMessage FaultAnswer(int status, string? reason);

    protected int NextSerial() => Interlocked.Increment(ref _serial);

    protected static ResponseMessage Json(int status, object? body, params (string Name, string Value)[] headers)
    {
        var all = new Dictionary<string, WireMockList<string>> { ["Content-Type"] = new("application/json; charset=UTF-8") };
        foreach (var (name, value) in headers)
        {
            all[name] = new WireMockList<string>(value);
        }

        return new ResponseMessage
        {
            StatusCode = status,
            Headers = all,
            BodyData = body is null ? null : new BodyData { DetectedBodyType = BodyType.String, BodyAsString = body is JsonNode node ? node.ToJsonString() : JsonSerializer.Serialize(body) },
        };
    }

    protected static ResponseMessage Empty(int status) => new() { StatusCode = status };

    protected static string? Header(IRequestMessage request, string name) =>
        request.Headers?.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault();

    // Clients send "$top" as is or as "%24top"; both are the same parameter.
    protected static string? Query(IRequestMessage request, string name) =>
        request.Query?.FirstOrDefault(q => Uri.UnescapeDataString(q.Key) == name).Value?.FirstOrDefault();

    private ResponseMessage Handle(IRequestMessage request)
    {
        Requests.Enqueue($"{request.Method} {new Uri(request.Url).PathAndQuery}");
        switch (request.Path)
        {
            case "/oauth/authorize":
                return Authorize(request);
            case "/oauth/token":
                return Token(Form(request.Body));
            case "/oauth/revoke":
                return Revoke(Form(request.Body));
        }

        lock (Gate)
        {
            if (Clock.GetUtcNow() < _quietUntil)
            {
                Violations++;
            }

            var bearer = Header(request, "Authorization");
            if (bearer is null || !bearer.StartsWith("Bearer ", StringComparison.Ordinal) || !_accessTokens.Contains(bearer[7..]))
            {
                return Json(401, new { error = new { code = 401, message = "Request had invalid authentication credentials." } });
            }
        }

        if (_faults.TryDequeue(out var fault))
        {
            if (fault.RetryAfterSeconds > 0)
            {
                lock (Gate)
                {
                    _quietUntil = Clock.GetUtcNow().AddSeconds(fault.RetryAfterSeconds);
                }

                var answer = FaultAnswer(fault.Status, fault.Reason);
                answer.Headers!["Retry-After"] = new WireMockList<string>(fault.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture));
                return answer;
            }

            return FaultAnswer(fault.Status, fault.Reason);
        }

        JsonNode? body = null;
        if (!string.IsNullOrEmpty(request.Body))
        {
            try
            {
                body = JsonNode.Parse(request.Body);
            }
            catch (JsonException)
            {
                return Json(400, new { error = new { code = 400, message = "Parse Error" } });
            }
        }

        lock (Gate)
        {
            return Api(request, body);
        }
    }

    private ResponseMessage Authorize(IRequestMessage request)
    {
        var query = request.Query!.ToDictionary(q => q.Key, q => q.Value.FirstOrDefault() ?? "");
        LastAuthorize = query;
        AskedScope = query.GetValueOrDefault("scope");
        var redirect = query.GetValueOrDefault("redirect_uri") ?? "";
        var state = Uri.EscapeDataString(query.GetValueOrDefault("state") ?? "");
        if (query.GetValueOrDefault("client_id") != ClientId || query.GetValueOrDefault("response_type") != "code" || redirect.Length == 0)
        {
            return Json(400, new { error = "invalid_request" });
        }

        if (ClientSecret is null && query.GetValueOrDefault("code_challenge_method") != "S256")
        {
            return Json(400, new { error = "invalid_request", error_description = "AADSTS9002325: Proof Key for Code Exchange is required for cross-origin authorization code redemption." });
        }

        string location;
        if (DenyConsent)
        {
            location = $"{redirect}?error=access_denied&state={state}";
        }
        else
        {
            var code = "code-" + NextSerial().ToString(CultureInfo.InvariantCulture) + "-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
            lock (Gate)
            {
                _codes[code] = (redirect, query.GetValueOrDefault("code_challenge"));
            }

            location = $"{redirect}?code={code}&state={state}&scope={Uri.EscapeDataString(AskedScope ?? "")}";
        }

        return new ResponseMessage { StatusCode = 302, Headers = new Dictionary<string, WireMockList<string>> { ["Location"] = new(location) } };
    }

    private ResponseMessage Token(Dictionary<string, string> form)
    {
        lock (Gate)
        {
            if (form.GetValueOrDefault("client_id") != ClientId || (ClientSecret is not null && form.GetValueOrDefault("client_secret") != ClientSecret))
            {
                return Json(401, new { error = "invalid_client", error_description = "The OAuth client was not found." });
            }

            if (form.GetValueOrDefault("grant_type") == "authorization_code")
            {
                var code = form.GetValueOrDefault("code") ?? "";
                if (!_codes.Remove(code, out var issued) || issued.RedirectUri != form.GetValueOrDefault("redirect_uri"))
                {
                    return Json(400, new { error = "invalid_grant", error_description = "Malformed auth code." });
                }

                if (issued.Challenge is not null && Challenge(form.GetValueOrDefault("code_verifier") ?? "") != issued.Challenge)
                {
                    return Json(400, new { error = "invalid_grant", error_description = "AADSTS501481: The Code_Verifier does not match the code_challenge supplied in the authorization request." });
                }

                return Issue(newRefresh: true);
            }

            if (form.GetValueOrDefault("grant_type") == "refresh_token")
            {
                var refresh = form.GetValueOrDefault("refresh_token") ?? "";
                if (RefreshRefused || !_refreshTokens.Contains(refresh))
                {
                    return Json(400, new { error = "invalid_grant", error_description = "Token has been expired or revoked." });
                }

                if (RotatesRefreshTokens)
                {
                    _refreshTokens.Remove(refresh);
                }

                return Issue(newRefresh: RotatesRefreshTokens);
            }

            return Json(400, new { error = "unsupported_grant_type" });
        }
    }

    private ResponseMessage Issue(bool newRefresh)
    {
        var access = "access-" + NextSerial().ToString(CultureInfo.InvariantCulture) + "-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));
        _accessTokens.Add(access);
        IssuedTokens.Enqueue(access);
        var answer = new JsonObject { ["access_token"] = access, ["expires_in"] = AccessTokenSeconds, ["token_type"] = "Bearer", ["scope"] = AskedScope };
        if (newRefresh)
        {
            var refresh = "refresh-" + NextSerial().ToString(CultureInfo.InvariantCulture) + "-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));
            _refreshTokens.Add(refresh);
            IssuedTokens.Enqueue(refresh);
            answer["refresh_token"] = refresh;
        }

        return Json(200, answer);
    }

    private ResponseMessage Revoke(Dictionary<string, string> form)
    {
        lock (Gate)
        {
            var token = form.GetValueOrDefault("token") ?? "";
            if (!_refreshTokens.Remove(token) && !_accessTokens.Remove(token))
            {
                return Json(400, new { error = "invalid_token" });
            }

            Revocations++;
            _accessTokens.Clear();
            return Json(200, new { });
        }
    }

    private static string Challenge(string verifier) =>
        Convert.ToBase64String(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static Dictionary<string, string> Form(string? body) =>
        (body ?? "").Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2))
            .ToDictionary(p => Uri.UnescapeDataString(p[0].Replace('+', ' ')), p => p.Length > 1 ? Uri.UnescapeDataString(p[1].Replace('+', ' ')) : "");
}
