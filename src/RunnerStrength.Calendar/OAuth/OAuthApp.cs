namespace RunnerStrength.Calendar.OAuth;

/// <summary>A provider's OAuth 2.0 authorization code flow as the athlete's application sees it.</summary>
/// <param name="Provider">The provider's name (the store's key).</param>
/// <param name="DisplayName">What a runner calls it.</param>
/// <param name="ClientId">The athlete's own OAuth client.</param>
/// <param name="ClientSecret">Null for a public client (PKCE only).</param>
/// <param name="AuthorizeUrl">Where the browser is sent to approve.</param>
/// <param name="TokenUrl">The token endpoint (code exchange and refresh).</param>
/// <param name="RevokeUrl">Where tokens are revoked on disconnect; null when the provider has none.</param>
/// <param name="Scopes">Asked for, space-separated.</param>
/// <param name="AuthorizeParameters">Provider-specific additions to the authorize URL (e.g. Google's offline access).</param>
/// <param name="ReconnectHint">Said when the provider refuses the refresh token (e.g. Google's 7-day expiry in Testing).</param>
public sealed record OAuthApp(
    string Provider,
    string DisplayName,
    string ClientId,
    string? ClientSecret,
    Uri AuthorizeUrl,
    Uri TokenUrl,
    Uri? RevokeUrl,
    string Scopes,
    IReadOnlyDictionary<string, string> AuthorizeParameters,
    string ReconnectHint);
