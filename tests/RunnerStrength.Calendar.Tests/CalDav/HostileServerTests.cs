using System.Collections.Concurrent;
using System.Text;
using RunnerStrength.Calendar.CalDav;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace RunnerStrength.Calendar.Tests.CalDav;

/// <summary>A CalDAV server that misbehaves on purpose: the password stays home, DTDs are refused, answers are bounded.</summary>
public sealed class HostileServerTests : IDisposable
{
    private const string Password = "caldav-secret";
    private readonly WireMockServer _server = WireMockServer.Start();
    private readonly WireMockServer _elsewhere = WireMockServer.Start();
    private readonly ConcurrentQueue<string?> _elsewhereAuthorization = new();

    public HostileServerTests()
    {
        _elsewhere.Given(Request.Create().UsingAnyMethod()).RespondWith(Response.Create().WithCallback(request =>
        {
            _elsewhereAuthorization.Enqueue(request.Headers?.TryGetValue("Authorization", out var values) == true ? values.FirstOrDefault() : null);
            return new WireMock.ResponseMessage { StatusCode = 404 };
        }));
    }

    public void Dispose()
    {
        _server.Stop();
        _elsewhere.Stop();
    }

    private CalDavClient Client(string path = "/calendars/me/") =>
        new(new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }), new CalDavAccount(new Uri(_server.Url + path), "me", Password));

    private void Answer(string path, int status, string body, string? location = null)
    {
        var response = Response.Create().WithStatusCode(status).WithBody(body).WithHeader("Content-Type", "application/xml; charset=utf-8");
        _server.Given(Request.Create().WithPath(path).UsingAnyMethod()).RespondWith(location is null ? response : response.WithHeader("Location", location));
    }

    [Fact]
    public async Task ARedirectToAnotherServer_IsFollowedWithoutThePassword()
    {
        Answer("/calendars/me/", 301, "", _elsewhere.Url + "/calendars/me/");

        await Assert.ThrowsAnyAsync<Exception>(() => Client().FindCalendarAsync(default));

        Assert.NotEmpty(_elsewhereAuthorization);
        Assert.All(_elsewhereAuthorization, Assert.Null); // same host, another port: another origin
    }

    [Theory]
    [InlineData("https://caldav.example.org/dav/", "https://caldav.example.org/dav/cal/", true)]
    [InlineData("https://caldav.icloud.com/", "https://p42-caldav.icloud.com/123/calendars/", true)] // the provider's own partitions
    [InlineData("https://caldav.example.org/dav/", "http://caldav.example.org/dav/", false)]           // never down to http
    [InlineData("https://caldav.example.org/dav/", "https://caldav.example.org:8443/dav/", false)]
    [InlineData("https://caldav.example.org/dav/", "https://attacker.example/dav/", false)]
    [InlineData("https://caldav.example.org/dav/", "https://example.org.attacker.example/", false)]
    [InlineData("http://127.0.0.1:5232/", "https://127.0.0.2/", false)]
    public void ThePassword_GoesOnlyToTheConfiguredOrigin_OrOverHttpsToItsOwnDomain(string configured, string target, bool carries)
    {
        var client = new CalDavClient(new HttpClient(), new CalDavAccount(new Uri(configured), "me", Password));

        Assert.Equal(carries, client.MayCarryCredentials(new Uri(target)));
    }

    [Fact]
    public async Task AMultistatusWithADtd_IsRefused_NeverExpanded()
    {
        const string entities = """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
            <d:multistatus xmlns:d="DAV:"><d:response><d:href>&lol2;</d:href><d:status>HTTP/1.1 200 OK</d:status></d:response></d:multistatus>
            """;
        Answer("/calendars/me/", 207, entities);

        var error = await Assert.ThrowsAsync<CalDavException>(() => Client().FindCalendarAsync(default));

        Assert.Contains("DTD", error.Message, StringComparison.Ordinal);
        Assert.IsType<System.Xml.XmlException>(error.InnerException);
    }

    [Fact]
    public async Task AnEndlessAnswer_IsCutAtTheLimit()
    {
        var huge = new StringBuilder("<d:multistatus xmlns:d=\"DAV:\">");
        huge.Append(new string(' ', (int)CalDavClient.MaxResponseBytes));
        Answer("/calendars/me/", 207, huge.Append("</d:multistatus>").ToString());

        var error = await Assert.ThrowsAsync<CalDavException>(() => Client().FindCalendarAsync(default));

        Assert.Contains($"over the {CalDavClient.MaxResponseBytes}-byte limit", error.Message, StringComparison.Ordinal);
    }
}
