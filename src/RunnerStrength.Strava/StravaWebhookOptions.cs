namespace RunnerStrength.Strava;

/// <summary>Section <c>RunnerStrength:Strava:Webhook</c>: push events, for servers reachable from the internet. Polling stays on.</summary>
public sealed class StravaWebhookOptions
{
    public bool Enabled { get; set; }

    /// <summary>The public HTTPS address of <c>/webhooks/strava</c>.</summary>
    public string? CallbackUrl { get; set; }

    /// <summary>A secret of your choosing that Strava echoes in the handshake.</summary>
    public string? VerifyToken { get; set; }
}
