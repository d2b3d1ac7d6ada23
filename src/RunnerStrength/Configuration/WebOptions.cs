namespace RunnerStrength.Configuration;

/// <summary>Section <c>RunnerStrength:Web</c>.</summary>
internal sealed class WebOptions
{
    public const string Section = "RunnerStrength:Web";

    /// <summary>Where the web UI, feed and health endpoint listen; <c>;</c>-separated. Default <c>http://127.0.0.1:5080</c>.</summary>
    public string Urls { get; set; } = "http://127.0.0.1:5080";

    /// <summary>The address the athlete's browser and calendar use, for OAuth callbacks and feed links. Default <c>http://127.0.0.1:5080</c>.</summary>
    public string PublicBaseUrl { get; set; } = "http://127.0.0.1:5080";

    /// <summary>
    /// Empty (default): the UI answers loopback only. Required to listen on any other address, when
    /// <see cref="PublicBaseUrl"/> is not a loopback address (a reverse proxy in front), or with Strava's webhooks.
    /// </summary>
    public string? AdminPassword { get; set; }

    /// <summary>
    /// Host names the service answers besides the host of <see cref="PublicBaseUrl"/>, <c>localhost</c> and the
    /// loopback addresses; <c>;</c>-separated. Any other Host header is refused (400), so a web page the athlete
    /// visits cannot reach the service through a name it controls (DNS rebinding).
    /// </summary>
    public string? AllowedHosts { get; set; }

    /// <summary>Reverse proxies (IP addresses, <c>;</c>-separated) whose X-Forwarded-For and -Proto are believed; none by default.</summary>
    public string? KnownProxies { get; set; }

    /// <summary>Every host name the service answers.</summary>
    public IReadOnlyList<string> AnsweredHosts()
    {
        var hosts = new List<string> { "localhost", "127.0.0.1", "[::1]" };
        if (Uri.TryCreate(PublicBaseUrl, UriKind.Absolute, out var publicUri))
        {
            hosts.Add(publicUri.Host);
        }

        hosts.AddRange(Split(AllowedHosts));
        return [.. hosts.Distinct(StringComparer.OrdinalIgnoreCase)];
    }

    public static IEnumerable<string> Split(string? list) => (list ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
