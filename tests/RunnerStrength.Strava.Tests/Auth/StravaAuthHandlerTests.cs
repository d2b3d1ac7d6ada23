using System.Net;
using Microsoft.Extensions.Time.Testing;
using RunnerStrength.Strava.Api;
using RunnerStrength.Strava.Auth;

namespace RunnerStrength.Strava.Tests.Auth;

/// <summary>The bearer token on every call, one refresh on a 401, and a disconnect when retrying cannot help (strava-api.md 1.3-1.5).</summary>
public sealed class StravaAuthHandlerTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 5, 10, 0, 0, TimeSpan.Zero);

    private sealed class MemoryTokens(StravaTokenSet tokens) : IStravaTokenStore
    {
        public StravaTokenSet? Tokens { get; private set; } = tokens;

        public string? Disconnected { get; private set; }

        public Task<StravaTokenSet?> LoadAsync(CancellationToken cancellationToken) => Task.FromResult(Disconnected is null ? Tokens : null);

        public Task SaveAsync(StravaTokenSet tokens, CancellationToken cancellationToken)
        {
            Tokens = tokens;
            return Task.CompletedTask;
        }

        public Task MarkDisconnectedAsync(string reason, CancellationToken cancellationToken)
        {
            Disconnected = reason;
            return Task.CompletedTask;
        }
    }

    private sealed class RotatingOAuth : IStravaOAuth
    {
        public List<Dictionary<string, string>> Forms { get; } = [];

        public Task<StravaToken> TokenAsync(Dictionary<string, string> form, CancellationToken cancellationToken)
        {
            Forms.Add(form);
            return Task.FromResult(new StravaToken { AccessToken = $"access-{Forms.Count + 1}", RefreshToken = $"refresh-{Forms.Count + 1}", ExpiresAt = Now.AddHours(6).ToUnixTimeSeconds() });
        }
    }

    private static (HttpClient Client, MemoryTokens Store, RotatingOAuth OAuth) Client(ScriptedHandler network, DateTimeOffset? expires = null)
    {
        var store = new MemoryTokens(new StravaTokenSet("access-1", "refresh-1", expires ?? Now.AddHours(5)));
        var oauth = new RotatingOAuth();
        var tokens = new StravaTokens(oauth, store, () => new StravaAppCredentials("4242", "app-secret"), new FakeTimeProvider(Now));
        return (new HttpClient(new StravaAuthHandler(tokens) { InnerHandler = network }) { BaseAddress = new Uri("https://strava.test/api/v3/") }, store, oauth);
    }

    [Fact]
    public async Task A401_RefreshesOnce_RotatesTheRefreshToken_AndRepeatsTheCall()
    {
        var network = new ScriptedHandler((HttpStatusCode.Unauthorized, """{"message":"Authorization Error","errors":[{"resource":"Athlete","field":"access_token","code":"invalid"}]}"""), (HttpStatusCode.OK, "{}"));
        var (client, store, oauth) = Client(network);

        using var response = await client.GetAsync(new Uri("athlete", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["access-1", "access-2"], network.Sent.Select(s => s.Token));
        Assert.Equal(("refresh_token", "refresh-1"), (oauth.Forms.Single()["grant_type"], oauth.Forms.Single()["refresh_token"]));
        Assert.Equal(("access-2", "refresh-2"), (store.Tokens!.AccessToken, store.Tokens.RefreshToken));
        Assert.Null(store.Disconnected);
    }

    [Fact]
    public async Task A401_AfterTheRefresh_Disconnects_InsteadOfLooping()
    {
        var network = new ScriptedHandler((HttpStatusCode.Unauthorized, "{}"), (HttpStatusCode.Unauthorized, "{}"));
        var (client, store, oauth) = Client(network);

        var error = await Assert.ThrowsAsync<StravaDisconnectedException>(() => client.GetAsync(new Uri("athlete", UriKind.Relative)));

        Assert.Equal(2, network.Sent.Count);
        Assert.Single(oauth.Forms);
        Assert.Equal(error.Message, store.Disconnected);
        Assert.StartsWith("Strava refused a freshly refreshed token", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingActivityScope_Disconnects_WithoutARefresh()
    {
        var network = new ScriptedHandler((HttpStatusCode.Unauthorized, """{"message":"Authorization Error","errors":[{"resource":"AccessToken","field":"activity:read_permission","code":"missing"}]}"""));
        var (client, store, oauth) = Client(network);

        await Assert.ThrowsAsync<StravaDisconnectedException>(() => client.GetAsync(new Uri("athlete/activities", UriKind.Relative)));

        Assert.Empty(oauth.Forms);
        Assert.Contains("activity:read_all was unticked", store.Disconnected, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApplicationInactive_Disconnects()
    {
        var network = new ScriptedHandler((HttpStatusCode.Forbidden, """{"message":"Forbidden","errors":[{"resource":"Application","field":"Status","code":"Inactive"}]}"""));
        var (client, store, _) = Client(network);

        await Assert.ThrowsAsync<StravaDisconnectedException>(() => client.GetAsync(new Uri("athlete", UriKind.Relative)));

        Assert.Contains("403 Application Inactive", store.Disconnected, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATokenAboutToExpire_IsRefreshedBeforeTheCall()
    {
        var network = new ScriptedHandler((HttpStatusCode.OK, "{}"));
        var (client, _, oauth) = Client(network, expires: Now.AddMinutes(2));

        using var response = await client.GetAsync(new Uri("athlete", UriKind.Relative));

        Assert.Equal(["access-2"], network.Sent.Select(s => s.Token));
        Assert.Single(oauth.Forms);
    }
}
