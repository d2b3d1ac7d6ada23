namespace RunnerStrength.Strava.Auth;

/// <summary>The OAuth authorize URL, and what the browser was sent back with (strava-api.md 1.1-1.2).</summary>
public static class StravaAuthorization
{
    /// <summary>What RunnerStrength asks for: private activities too (the plan needs every run), and the profile for heart-rate zones.</summary>
    public const string Scopes = "read,activity:read_all,profile:read_all";

    public static Uri AuthorizeUrl(Uri authorizeEndpoint, string clientId, Uri redirectUri, string state)
    {
        ArgumentNullException.ThrowIfNull(authorizeEndpoint);
        var query = string.Join('&',
            $"client_id={Uri.EscapeDataString(clientId)}",
            $"redirect_uri={Uri.EscapeDataString(redirectUri.AbsoluteUri)}",
            "response_type=code",
            "approval_prompt=auto",
            $"scope={Scopes}",
            $"state={Uri.EscapeDataString(state)}");
        return new UriBuilder(authorizeEndpoint) { Query = query }.Uri;
    }

    /// <summary>The <c>state</c> the callback URL carries, empty when it carries none.</summary>
    public static string StateOf(Uri returned) => Query(returned).GetValueOrDefault("state") ?? "";

    /// <summary>The code and the granted scopes from the callback URL; a clear refusal for everything else.</summary>
    /// <exception cref="StravaConnectException">Cancelled, a foreign or stale state, no code, or no activity reading granted.</exception>
    public static StravaGrant ParseCallback(Uri returned, string expectedState)
    {
        ArgumentNullException.ThrowIfNull(returned);
        var query = Query(returned);
        if (query.GetValueOrDefault("state") != expectedState)
        {
            throw new StravaConnectException("The address does not carry this connection's state (a stale or foreign link): start again.");
        }

        if (query.GetValueOrDefault("error") is { } error)
        {
            throw new StravaConnectException(error == "access_denied"
                ? "Strava says the request was cancelled on its page: nothing was connected."
                : $"Strava refused the connection ({error}).");
        }

        if (query.GetValueOrDefault("code") is not { Length: > 0 } code)
        {
            throw new StravaConnectException("The address has no 'code': paste the whole address the browser was sent back to.");
        }

        var scopes = (query.GetValueOrDefault("scope") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (!scopes.Contains("activity:read_all") && !scopes.Contains("activity:read"))
        {
            throw new StravaConnectException($"Strava granted only '{string.Join(',', scopes)}', without reading activities: connect again and keep 'View data about your activities' ticked.");
        }

        return new StravaGrant(code, scopes);
    }

    private static Dictionary<string, string> Query(Uri returned)
    {
        ArgumentNullException.ThrowIfNull(returned);
        var query = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in returned.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split('=', 2)))
        {
            query[Uri.UnescapeDataString(pair[0])] = pair.Length > 1 ? Uri.UnescapeDataString(pair[1].Replace('+', ' ')) : "";
        }

        return query;
    }
}
