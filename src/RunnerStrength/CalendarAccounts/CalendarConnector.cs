using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using RunnerStrength.Calendar.OAuth;
using RunnerStrength.Calendar.Providers;
using RunnerStrength.Storage;
using RunnerStrength.Storage.Athletes;
using RunnerStrength.Storage.CalendarAccounts;

namespace RunnerStrength.CalendarAccounts;

/// <summary>
/// Connecting Google Calendar or Outlook once (browser, or an address pasted on a headless server) and
/// disconnecting. The <c>state</c> is single use and only its hash is stored; Microsoft's PKCE verifier is
/// stored encrypted until the code comes back. The same redirect URI serves both ways, so the athlete
/// registers one address with the provider.
/// </summary>
internal sealed partial class CalendarConnector(
    RunnerStrengthDbContext db, AthleteStore athletes, OAuthApps apps, OAuthEndpoint endpoint, SecretProtector secrets, TimeProvider time, ILogger<CalendarConnector> logger)
{
    private static readonly TimeSpan StateLifetime = TimeSpan.FromMinutes(15);

    /// <summary><c>{Web:PublicBaseUrl}/connect/{provider}/callback</c>: the address to register with the provider.</summary>
    public static Uri Callback(Uri publicBase, string provider) => new(publicBase, $"/connect/{provider}/callback");

    /// <exception cref="CalendarConnectException">The provider is unknown or not set up.</exception>
    public async Task<Uri> BeginAsync(string provider, Uri redirectUri, CancellationToken cancellationToken)
    {
        var app = App(provider);
        var state = Pkce.Base64Url(RandomNumberGenerator.GetBytes(24));
        var verifier = app.ClientSecret is null ? Pkce.NewVerifier() : null;
        var row = await RowAsync(provider, create: true, cancellationToken);
        row!.PendingStateHash = Hash(state);
        row.PendingStateExpiresAt = time.GetUtcNow() + StateLifetime;
        row.ProtectedPendingVerifier = verifier is null ? null : secrets.Protect(verifier);
        row.PendingRedirectUri = redirectUri.AbsoluteUri;
        await db.SaveChangesAsync(cancellationToken);
        return OAuthApps.AuthorizeUrl(app, redirectUri, state, verifier is null ? null : Pkce.Challenge(verifier));
    }

    /// <summary>Finishes with the address the provider sent the browser back to: checks state, exchanges the code, stores the tokens encrypted.</summary>
    /// <exception cref="CalendarConnectException">Anything the athlete must act on, in one sentence.</exception>
    public async Task CompleteAsync(string provider, Uri returned, CancellationToken cancellationToken)
    {
        var app = App(provider);
        var query = QueryHelpers.ParseQuery(returned.Query);
        var state = query.TryGetValue("state", out var s) ? s.ToString() : "";
        var row = await RowAsync(provider, create: false, cancellationToken);
        if (row?.PendingStateHash is null || row.PendingStateExpiresAt < time.GetUtcNow() || Hash(state) != row.PendingStateHash)
        {
            throw new CalendarConnectException($"This address does not belong to a {app.DisplayName} connection started here in the last 15 minutes: start again.");
        }

        var (verifier, redirect) = (row.ProtectedPendingVerifier is { } v ? secrets.Unprotect(v) : null, new Uri(row.PendingRedirectUri!));
        (row.PendingStateHash, row.ProtectedPendingVerifier, row.PendingRedirectUri) = (null, null, null); // single use, whatever happens next
        await db.SaveChangesAsync(cancellationToken);
        if (query.TryGetValue("error", out var error))
        {
            throw new CalendarConnectException(error == "access_denied"
                ? $"{app.DisplayName} access was not allowed, so nothing is connected; start again and allow it to keep your sessions in your calendar."
                : $"{app.DisplayName} did not connect: {error} {(query.TryGetValue("error_description", out var d) ? d.ToString() : "")}".Trim());
        }

        if (!query.TryGetValue("code", out var code) || string.IsNullOrEmpty(code))
        {
            throw new CalendarConnectException($"The address has no authorization code: paste the whole address {app.DisplayName} sent the browser to.");
        }

        OAuthTokenSet tokens;
        try
        {
            tokens = await endpoint.ExchangeCodeAsync(app, code.ToString(), redirect, verifier, cancellationToken);
        }
        catch (CalendarProviderException e)
        {
            throw new CalendarConnectException(e.Message, e);
        }

        row.ProtectedAccessToken = secrets.Protect(tokens.AccessToken);
        row.ProtectedRefreshToken = secrets.Protect(tokens.RefreshToken);
        row.ExpiresAt = tokens.ExpiresAt;
        (row.DisconnectedReason, row.ConnectedAt, row.Notice) = (null, time.GetUtcNow(), null);
        await db.SaveChangesAsync(cancellationToken);
        // Changes that waited while it was disconnected go with the next delivery, not after their backoff.
        var now = time.GetUtcNow();
        await db.CalendarOutbox.Where(o => o.AthleteId == row.AthleteId && o.Provider == provider)
            .ExecuteUpdateAsync(o => o.SetProperty(x => x.Attempts, 0).SetProperty(x => x.NextAttemptAt, now).SetProperty(x => x.LastError, (string?)null), cancellationToken);
        LogConnected(logger, app.DisplayName);
    }

    /// <summary>
    /// Revokes the token where the provider can (Google), and deletes the tokens and what we knew of the events
    /// there. The events stay in the calendar we made (the athlete may delete it); its id is kept, so a
    /// reconnection to the same account writes to the same calendar instead of making a second.
    /// </summary>
    public async Task<bool> DisconnectAsync(string provider, CancellationToken cancellationToken)
    {
        // Connected, or refused by the provider but still holding its (useless) tokens: both are deleted.
        var row = await RowAsync(provider, create: false, cancellationToken);
        if (row?.ProtectedRefreshToken is null)
        {
            return false;
        }

        if (apps.Configured(provider) && row.ProtectedRefreshToken is { } refresh)
        {
            var (revoked, problem) = await endpoint.RevokeAsync(apps.For(provider), secrets.Unprotect(refresh), cancellationToken);
            if (!revoked)
            {
                LogRevokeFailed(logger, provider, problem ?? "no answer"); // The local deletion matters more than the revocation.
            }
        }

        await db.PushedEvents.Where(p => p.AthleteId == row.AthleteId && p.Provider == provider).ExecuteDeleteAsync(cancellationToken);
        await db.CalendarOutbox.Where(o => o.AthleteId == row.AthleteId && o.Provider == provider).ExecuteDeleteAsync(cancellationToken);
        (row.ProtectedAccessToken, row.ProtectedRefreshToken, row.ExpiresAt, row.SyncToken, row.Notice) = (null, null, null, null, null);
        row.DisconnectedReason = "Disconnected by you.";
        await db.SaveChangesAsync(cancellationToken);
        LogDisconnected(logger, provider);
        return true;
    }

    private OAuthApp App(string provider)
    {
        if (!CalendarProviderNames.Connectable.Contains(provider))
        {
            throw new CalendarConnectException($"'{provider}' is not a calendar to connect: google or microsoft.");
        }

        try
        {
            return apps.For(provider);
        }
        catch (CalendarProviderException e)
        {
            throw new CalendarConnectException(e.Message, e);
        }
    }

    private async Task<CalendarAccountRow?> RowAsync(string provider, bool create, CancellationToken cancellationToken)
    {
        var athleteId = await athletes.DefaultAthleteIdAsync(cancellationToken);
        var row = await db.CalendarAccounts.FirstOrDefaultAsync(c => c.AthleteId == athleteId && c.Provider == provider, cancellationToken);
        if (row is null && create)
        {
            row = new CalendarAccountRow { AthleteId = athleteId, Provider = provider };
            db.CalendarAccounts.Add(row);
        }

        return row;
    }

    private static string Hash(string state) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(state)));

    [LoggerMessage(Level = LogLevel.Information, Message = "Calendar connected: {Provider}")]
    private static partial void LogConnected(ILogger logger, string provider);

    [LoggerMessage(Level = LogLevel.Information, Message = "Calendar {Provider} disconnected by the athlete: tokens deleted")]
    private static partial void LogDisconnected(ILogger logger, string provider);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Calendar {Provider} disconnect: could not revoke the token ({Error}); it is deleted here")]
    private static partial void LogRevokeFailed(ILogger logger, string provider, string error);
}
