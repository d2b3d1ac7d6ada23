using System.Net;
using Microsoft.Extensions.Time.Testing;
using RunnerStrength.Strava.RateLimiting;

namespace RunnerStrength.Strava.Tests.RateLimiting;

/// <summary>Every call goes through the budget: none is sent while it is spent, and a 429 closes the window.</summary>
public sealed class RateLimitHandlerTests
{
    private static readonly DateTimeOffset QuarterPast = new(2026, 12, 5, 10, 15, 0, TimeSpan.Zero);

    [Fact]
    public async Task A429_ClosesTheWindow_AndTheNextCallIsNotSent()
    {
        var network = new ScriptedHandler((HttpStatusCode.TooManyRequests, """{"message":"Rate Limit Exceeded"}"""));
        var budget = new RateBudget(new FakeTimeProvider(QuarterPast.AddMinutes(4)), RateWindows.Strava);
        using var client = new HttpClient(new RateLimitHandler(budget) { InnerHandler = network }) { BaseAddress = new Uri("https://strava.test/") };

        var first = await Assert.ThrowsAsync<StravaRateLimitedException>(() => client.GetAsync(new Uri("athlete", UriKind.Relative)));
        var second = await Assert.ThrowsAsync<StravaRateLimitedException>(() => client.GetAsync(new Uri("athlete", UriKind.Relative)));

        Assert.Single(network.Sent);
        Assert.Equal(QuarterPast.AddMinutes(15), first.Until);
        Assert.Equal(first.Until, second.Until);
    }
}
