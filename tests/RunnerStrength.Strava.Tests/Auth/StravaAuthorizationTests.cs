using RunnerStrength.Strava.Auth;

namespace RunnerStrength.Strava.Tests.Auth;

/// <summary>The authorize address and the address Strava sends the browser back to (strava-api.md 1.1-1.2).</summary>
public sealed class StravaAuthorizationTests
{
    private static readonly Uri Back = new("http://localhost/runnerstrength-connected");

    [Fact]
    public void AuthorizeUrl_AsksForEveryActivity_WithTheState()
    {
        var url = StravaAuthorization.AuthorizeUrl(new Uri("https://www.strava.com/oauth/authorize"), "4242", Back, "s+t/ate");

        Assert.Equal(
            "https://www.strava.com/oauth/authorize?client_id=4242&redirect_uri=http%3A%2F%2Flocalhost%2Frunnerstrength-connected&response_type=code&approval_prompt=auto&scope=read,activity:read_all,profile:read_all&state=s%2Bt%2Fate",
            url.AbsoluteUri);
    }

    [Fact]
    public void ParseCallback_ReadsTheCodeAndScopes()
    {
        var grant = StravaAuthorization.ParseCallback(new Uri(Back, "?state=abc&code=xyz&scope=read,activity:read_all"), "abc");

        Assert.Equal("xyz", grant.Code);
        Assert.Equal(["read", "activity:read_all"], grant.Scopes);
    }

    [Theory]
    [InlineData("?state=other&code=xyz&scope=read,activity:read_all", "does not carry this connection's state")]
    [InlineData("?state=abc&error=access_denied", "cancelled on its page")]
    [InlineData("?state=abc&scope=read,activity:read_all", "has no 'code'")]
    [InlineData("?state=abc&code=xyz&scope=read", "without reading activities")]
    public void ParseCallback_Refuses_WithOneSentence(string query, string expected)
    {
        var error = Assert.Throws<StravaConnectException>(() => StravaAuthorization.ParseCallback(new Uri(Back, query), "abc"));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
