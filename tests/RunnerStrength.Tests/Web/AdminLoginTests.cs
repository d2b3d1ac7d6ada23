using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using RunnerStrength.Storage.Athletes;
using RunnerStrength.Storage.Feed;

namespace RunnerStrength.Tests.Web;

/// <summary>With Web:AdminPassword set, pages need a login; the feed, the webhook and the health check stay open.</summary>
[Collection(HostedService.Collection)]
public sealed class AdminLoginTests : IDisposable
{
    private const string Password = "correct horse battery staple";
    private readonly HostedService _service;

    public AdminLoginTests()
    {
        _service = new(new Dictionary<string, string>
        {
            ["RunnerStrength:Web:AdminPassword"] = Password,
        });
    }

    public void Dispose() => _service.Dispose();

    private static Task<HttpResponseMessage> LogInAsync(HttpClient client, string password) =>
        client.PostAsync(new Uri("/login", UriKind.Relative), new FormUrlEncodedContent([new("password", password), new("returnUrl", "/Settings")]));

    [Fact]
    public async Task Pages_NeedTheLogin_AndTheWrongPasswordGetsNone()
    {
        using var client = _service.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var anonymous = await client.GetAsync(new Uri("/Settings", UriKind.Relative));
        using var sync = await client.PostAsync(new Uri("/api/sync", UriKind.Relative), null);
        using var wrong = await LogInAsync(client, "guess");
        using var stillOut = await client.GetAsync(new Uri("/", UriKind.Relative));
        using var right = await LogInAsync(client, Password);
        using var page = await client.GetAsync(new Uri("/Settings", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("http://localhost/login?ReturnUrl=%2FSettings", anonymous.Headers.Location!.AbsoluteUri, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, sync.StatusCode);
        Assert.Equal("/login?failed=1", wrong.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, stillOut.StatusCode);
        Assert.Equal("/Settings", right.Headers.Location!.OriginalString);
        Assert.Contains(right.Headers.GetValues("Set-Cookie"), c => c.StartsWith("runnerstrength=", StringComparison.Ordinal) && c.Contains("httponly", StringComparison.OrdinalIgnoreCase) && c.Contains("samesite=lax", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("DENY", page.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("nosniff", page.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("frame-ancestors 'none'", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FeedAndHealth_StayOpen()
    {
        using var client = _service.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var health = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
        await using var scope = _service.Factory.Services.CreateAsyncScope();
        var athlete = await scope.ServiceProvider.GetRequiredService<AthleteStore>().DefaultAthleteIdAsync(default);
        var token = await scope.ServiceProvider.GetRequiredService<FeedStore>().TokenAsync(athlete, default);

        using var feed = await client.GetAsync(new Uri($"/calendar/{token}.ics", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal("{\"status\":\"healthy\"}", await health.Content.ReadAsStringAsync()); // a stranger learns only that it is up
        Assert.Equal(HttpStatusCode.OK, feed.StatusCode);
    }

    [Theory]
    [InlineData("/\\evil.example")]
    [InlineData("/\t/evil.example")]
    [InlineData("//evil.example")]
    [InlineData("https://evil.example/")]
    public async Task AfterLogin_OnlyAPathOnThisSiteIsFollowed(string returnUrl)
    {
        using var client = _service.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var right = await client.PostAsync(new Uri("/login", UriKind.Relative), new FormUrlEncodedContent([new("password", Password), new("returnUrl", returnUrl)]));

        Assert.Equal("/", right.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task LoginAttempts_AreLimitedPerAddress()
    {
        using var client = _service.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var answers = new List<HttpStatusCode>();

        for (var i = 0; i < global::RunnerStrength.Web.AdminLogin.AttemptsPerMinute + 3; i++)
        {
            using var attempt = await LogInAsync(client, "guess " + i);
            answers.Add(attempt.StatusCode);
        }

        using var evenTheRightOne = await LogInAsync(client, Password);

        Assert.All(answers.Take(global::RunnerStrength.Web.AdminLogin.AttemptsPerMinute), a => Assert.Equal(HttpStatusCode.Redirect, a));
        Assert.All(answers.Skip(global::RunnerStrength.Web.AdminLogin.AttemptsPerMinute), a => Assert.Equal(HttpStatusCode.TooManyRequests, a));
        Assert.Equal(HttpStatusCode.TooManyRequests, evenTheRightOne.StatusCode);
    }

    [Fact]
    public async Task Logout_EndsTheSession()
    {
        using var client = _service.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var login = await LogInAsync(client, Password);
        using var inside = await client.GetAsync(new Uri("/", UriKind.Relative));

        using var logout = await client.PostAsync(new Uri("/logout", UriKind.Relative), null);
        using var outside = await client.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, inside.StatusCode);
        Assert.Contains("action=\"/logout\"", await inside.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("/login", logout.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, outside.StatusCode);
    }

    [Fact]
    public async Task ANewPassword_SignsEverySessionOut()
    {
        using var client = _service.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var login = await LogInAsync(client, Password);
        var cookie = login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("runnerstrength=", StringComparison.Ordinal)).Split(';')[0];
        // The same install (data folder and key ring, so the cookie still decrypts) restarted with another password.
        using var changed = new HostedService(new Dictionary<string, string>
        {
            ["RunnerStrength:DataDirectory"] = _service.DataPath,
            ["RunnerStrength:Web:AdminPassword"] = "a brand new password",
        });
        using var sameInstall = changed.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var withOldCookie = new HttpRequestMessage(HttpMethod.Get, new Uri("/", UriKind.Relative)) { Headers = { { "Cookie", cookie } } };
        using var stillValidHere = new HttpRequestMessage(HttpMethod.Get, new Uri("/", UriKind.Relative)) { Headers = { { "Cookie", cookie } } };

        using var refused = await sameInstall.SendAsync(withOldCookie);
        using var plain = _service.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var accepted = await plain.SendAsync(stillValidHere);

        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.StartsWith("http://localhost/login", refused.Headers.Location!.AbsoluteUri, StringComparison.Ordinal);
    }
}
