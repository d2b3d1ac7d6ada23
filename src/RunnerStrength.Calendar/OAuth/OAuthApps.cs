using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using RunnerStrength.Calendar.Google;
using RunnerStrength.Calendar.Microsoft;
using RunnerStrength.Calendar.Providers;

namespace RunnerStrength.Calendar.OAuth;

/// <summary>The athlete's OAuth applications as configured, and the authorize address each sends the browser to.</summary>
public sealed class OAuthApps(IOptions<GoogleCalendarOptions> google, IOptions<MicrosoftCalendarOptions> microsoft, Func<string?, string?> revealSecret)
{
    public bool Configured(string provider) => provider switch
    {
        CalendarProviderNames.Google => google.Value.Configured,
        CalendarProviderNames.Microsoft => microsoft.Value.Configured,
        _ => false,
    };

    /// <exception cref="CalendarProviderException">The provider is not configured, or its secret cannot be read here.</exception>
    public OAuthApp For(string provider) => provider switch
    {
        CalendarProviderNames.Google when google.Value.Configured => new OAuthApp(
            provider,
            "Google Calendar",
            google.Value.ClientId!,
            Reveal(google.Value.ClientSecret, GoogleCalendarOptions.Section + ":ClientSecret"),
            new Uri(google.Value.AuthorizeUrl),
            new Uri(google.Value.TokenUrl),
            new Uri(google.Value.RevokeUrl),
            GoogleCalendarOptions.Scope,
            // Offline access for a refresh token; consent every time, or Google sends no new refresh token on a reconnect.
            new Dictionary<string, string> { ["access_type"] = "offline", ["prompt"] = "consent" },
            "Connect again; if this happens after about a week, your Google Cloud project's consent screen is still in Testing, where Google ends refresh tokens after 7 days: publish it (In production), then connect again."),
        CalendarProviderNames.Microsoft when microsoft.Value.Configured => new OAuthApp(
            provider,
            "Outlook",
            microsoft.Value.ClientId!,
            null,
            new Uri(microsoft.Value.AuthorizeUrl),
            new Uri(microsoft.Value.TokenUrl),
            null,
            MicrosoftCalendarOptions.Scopes,
            new Dictionary<string, string> { ["response_mode"] = "query" },
            "Connect again (Microsoft ends a connection after a password change, when access is removed at account.live.com/consent/Manage, or after 90 days unused)."),
        CalendarProviderNames.Google => throw NotConfigured("Google Calendar", GoogleCalendarOptions.Section + ":ClientId and ClientSecret"),
        CalendarProviderNames.Microsoft => throw NotConfigured("Outlook", MicrosoftCalendarOptions.Section + ":ClientId"),
        _ => throw new CalendarProviderException($"'{provider}' is not a calendar to connect: google or microsoft.", CalendarFault.Event),
    };

    /// <summary>Where the browser goes to approve: the client, our scopes, the single-use state and, with PKCE, the challenge.</summary>
    public static Uri AuthorizeUrl(OAuthApp app, Uri redirectUri, string state, string? codeChallenge)
    {
        ArgumentNullException.ThrowIfNull(app);
        var query = new Dictionary<string, string>
        {
            ["client_id"] = app.ClientId,
            ["redirect_uri"] = redirectUri.AbsoluteUri,
            ["response_type"] = "code",
            ["scope"] = app.Scopes,
            ["state"] = state,
        };
        if (codeChallenge is not null)
        {
            (query["code_challenge"], query["code_challenge_method"]) = (codeChallenge, "S256");
        }

        foreach (var (key, value) in app.AuthorizeParameters)
        {
            query[key] = value;
        }

        var text = string.Join('&', query.Select(p => Uri.EscapeDataString(p.Key) + "=" + Uri.EscapeDataString(p.Value)));
        return new UriBuilder(app.AuthorizeUrl) { Query = text }.Uri;
    }

    private string Reveal(string? secret, string key)
    {
        try
        {
            return revealSecret(secret) ?? "";
        }
        catch (CryptographicException e)
        {
            throw new CalendarProviderException($"{key} is in the protected: form but this install's key ring cannot read it (made on another install?): run 'runnerstrength secret protect' here again.", CalendarFault.Disconnected, innerException: e);
        }
    }

    private static CalendarProviderException NotConfigured(string name, string keys) =>
        new($"{name} is not set up: set {keys} (docs/calendars.md).", CalendarFault.Disconnected);
}
