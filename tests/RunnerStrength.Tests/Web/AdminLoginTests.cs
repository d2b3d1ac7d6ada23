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
        Assert.Equal(HttpStatusCode.OK, feed.StatusCode);
    }
}
