namespace RunnerStrength.Strava.Auth;

/// <summary>The athlete's own Strava API application.</summary>
public sealed record StravaAppCredentials(string ClientId, string ClientSecret)
{
    // The generated ToString would print the secret into any log line that formats the credentials.
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("ClientId = ").Append(ClientId);
        return true;
    }
}
