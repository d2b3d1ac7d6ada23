using RunnerStrength.Calendar.OAuth;

namespace RunnerStrength.Calendar.Google;

/// <summary>
/// Section <c>RunnerStrength:Calendar:Google</c>: the athlete's own Google Cloud OAuth client (a "Web application"
/// client whose redirect URI is <c>{Web:PublicBaseUrl}/connect/google/callback</c>). No <c>ClientId</c>: no Google.
/// </summary>
public sealed class GoogleCalendarOptions : OAuthCalendarOptions
{
    public const string Section = "RunnerStrength:Calendar:Google";

    /// <summary>Plain (from the environment) or the <c>protected:…</c> form of <c>runnerstrength secret protect</c>.</summary>
    public string? ClientSecret { get; set; }

    public override string AuthorizeUrl { get; set; } = "https://accounts.google.com/o/oauth2/v2/auth";

    public override string TokenUrl { get; set; } = "https://oauth2.googleapis.com/token";

    public string RevokeUrl { get; set; } = "https://oauth2.googleapis.com/revoke";

    public override string ApiBaseUrl { get; set; } = "https://www.googleapis.com/calendar/v3";

    public override bool Configured => base.Configured && !string.IsNullOrWhiteSpace(ClientSecret);

    /// <summary>
    /// The narrowest scope that lets us make a calendar of our own and manage the events in it; it gives no
    /// access to the athlete's other calendars.
    /// </summary>
    public const string Scope = "https://www.googleapis.com/auth/calendar.app.created";
}
