using RunnerStrength.Calendar.OAuth;

namespace RunnerStrength.Calendar.Microsoft;

/// <summary>
/// Section <c>RunnerStrength:Calendar:Microsoft</c>: the athlete's own app registration in Microsoft Entra, a
/// public client (no secret; PKCE) whose redirect URI is <c>{Web:PublicBaseUrl}/connect/microsoft/callback</c>.
/// No <c>ClientId</c>: no Outlook.
/// </summary>
public sealed class MicrosoftCalendarOptions : OAuthCalendarOptions
{
    public const string Section = "RunnerStrength:Calendar:Microsoft";

    private string? _authorizeUrl;
    private string? _tokenUrl;

    /// <summary><c>consumers</c> (Outlook.com, Hotmail, Live), <c>organizations</c>, <c>common</c> or a tenant id.</summary>
    public string Tenant { get; set; } = "consumers";

    public override string AuthorizeUrl
    {
        get => _authorizeUrl ?? $"https://login.microsoftonline.com/{Tenant}/oauth2/v2.0/authorize";
        set => _authorizeUrl = string.IsNullOrWhiteSpace(value) ? null : value;
    }

    public override string TokenUrl
    {
        get => _tokenUrl ?? $"https://login.microsoftonline.com/{Tenant}/oauth2/v2.0/token";
        set => _tokenUrl = string.IsNullOrWhiteSpace(value) ? null : value;
    }

    public override string ApiBaseUrl { get; set; } = "https://graph.microsoft.com/v1.0";

    /// <summary>Delegated: read and write the athlete's calendars; offline access for a refresh token.</summary>
    public const string Scopes = "Calendars.ReadWrite offline_access";
}
