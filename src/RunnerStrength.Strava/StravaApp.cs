using Microsoft.Extensions.Options;
using RunnerStrength.Strava.Auth;

namespace RunnerStrength.Strava;

/// <summary>
/// The athlete's own Strava API application as configured. The secret may be stored encrypted in
/// configuration; the host says how to reveal it (its key ring), so the adapter never sees the ring.
/// </summary>
public sealed class StravaApp(IOptions<StravaOptions> options, Func<string?, string?> revealSecret)
{
    public bool Enabled => options.Value.Enabled;

    /// <exception cref="StravaConnectException">No Strava application is configured.</exception>
    public StravaAppCredentials Credentials()
    {
        var settings = options.Value;
        return settings.Enabled
            ? new StravaAppCredentials(settings.ClientId!, revealSecret(settings.ClientSecret) ?? "")
            : throw new StravaConnectException($"{StravaOptions.Section}:ClientId and ClientSecret are not set: create your Strava API application first (README, Strava).");
    }
}
