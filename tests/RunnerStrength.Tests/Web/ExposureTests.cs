using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;

namespace RunnerStrength.Tests.Web;

/// <summary>What a stranger's web page can reach: other host names are refused, a sync cannot be asked for from another site, and a public address makes the cookie secure.</summary>
[Collection(HostedService.Collection)]
public sealed class ExposureTests : IDisposable
{
    private readonly HostedService _service = new(new Dictionary<string, string>
    {
        ["RunnerStrength:Web:PublicBaseUrl"] = "https://runner.example.org",
        ["RunnerStrength:Web:AdminPassword"] = "correct horse battery staple",
    });

    public void Dispose() => _service.Dispose();

    private HttpClient LoggedIn()
    {
        var client = _service.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });
        using var login = client.PostAsync(new Uri("/login", UriKind.Relative), new FormUrlEncodedContent([new("password", "correct horse battery staple")])).GetAwaiter().GetResult();
        return client;
    }

    [Theory]
    [InlineData("runner.example.org", HttpStatusCode.OK)]
    [InlineData("localhost", HttpStatusCode.OK)]
    [InlineData("127.0.0.1:5080", HttpStatusCode.OK)]
    [InlineData("attacker.example", HttpStatusCode.BadRequest)] // DNS rebinding: a name the attacker points at 127.0.0.1
    public async Task OnlyTheServicesOwnHostNames_AreAnswered(string host, HttpStatusCode expected)
    {
        using var client = _service.Factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/healthz", UriKind.Relative)) { Headers = { Host = host } };

        using var response = await client.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task ASync_IsAskedForOnlyFromThisSiteOrAScript()
    {
        using var client = LoggedIn();
        async Task<HttpResponseMessage> PostAsync(params (string Name, string Value)[] headers)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/sync", UriKind.Relative));
            foreach (var (name, value) in headers)
            {
                request.Headers.Add(name, value);
            }

            return await client.SendAsync(request);
        }

        using var crossSite = await PostAsync(("Sec-Fetch-Site", "cross-site"));
        using var otherOrigin = await PostAsync(("Origin", "https://attacker.example"), ("X-RunnerStrength-Request", "sync"));
        using var bare = await PostAsync();
        using var first = await PostAsync(("X-RunnerStrength-Request", "sync"));
        using var second = await PostAsync(("Sec-Fetch-Site", "same-origin"), ("Origin", "https://localhost"));
        using var firstBody = JsonDocument.Parse(await first.Content.ReadAsStringAsync());

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (crossSite.StatusCode, otherOrigin.StatusCode, bare.StatusCode));
        Assert.Equal((HttpStatusCode.Accepted, HttpStatusCode.Accepted), (first.StatusCode, second.StatusCode));
        Assert.Equal(3, firstBody.RootElement.GetProperty("jobs").GetArrayLength()); // the inbox, Strava and Garmin
    }

    [Fact]
    public async Task BehindAnHttpsAddress_TheLoginCookieIsSecure()
    {
        using var client = _service.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var login = await client.PostAsync(new Uri("/login", UriKind.Relative), new FormUrlEncodedContent([new("password", "correct horse battery staple")]));

        Assert.Contains(login.Headers.GetValues("Set-Cookie"), c => c.StartsWith("runnerstrength=", StringComparison.Ordinal) && c.Contains("secure", StringComparison.OrdinalIgnoreCase));
    }
}
