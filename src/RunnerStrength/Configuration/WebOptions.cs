namespace RunnerStrength.Configuration;

/// <summary>Section <c>RunnerStrength:Web</c>.</summary>
internal sealed class WebOptions
{
    public const string Section = "RunnerStrength:Web";

    /// <summary>Where the web UI, feed and health endpoint listen; <c>;</c>-separated. Default <c>http://127.0.0.1:5080</c>.</summary>
    public string Urls { get; set; } = "http://127.0.0.1:5080";

    /// <summary>The address the athlete's browser and calendar use, for OAuth callbacks and feed links. Default <c>http://127.0.0.1:5080</c>.</summary>
    public string PublicBaseUrl { get; set; } = "http://127.0.0.1:5080";

    /// <summary>Empty (default): the UI answers loopback only. Required to listen on any other address.</summary>
    public string? AdminPassword { get; set; }
}
