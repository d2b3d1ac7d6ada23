using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Time.Testing;
using RunnerStrength.Strava.RateLimiting;

namespace RunnerStrength.Strava.Tests.RateLimiting;

/// <summary>One budget under Strava's two windows (strava-api.md section 2).</summary>
public sealed class RateBudgetTests
{
    private static readonly DateTimeOffset QuarterPast = new(2026, 11, 27, 10, 15, 0, TimeSpan.Zero);

    private static HttpResponseHeaders Headers(string limit, string usage)
    {
        using var response = new HttpResponseMessage();
        // Strava's casing on the wire; the budget must find them anyway.
        response.Headers.TryAddWithoutValidation("X-Readratelimit-Limit", limit);
        response.Headers.TryAddWithoutValidation("X-Readratelimit-Usage", usage);
        response.Headers.TryAddWithoutValidation("X-Ratelimit-Limit", "200,2000");
        response.Headers.TryAddWithoutValidation("X-Ratelimit-Usage", "1,1");
        return response.Headers;
    }

    [Fact]
    public void Headers_SetTheLimitsAndUsage_AndTheBudgetStopsAtTheLimit_UntilTheQuarterHour()
    {
        var clock = new FakeTimeProvider(QuarterPast.AddMinutes(3));
        var budget = new RateBudget(clock, RateWindows.Strava);

        Assert.True(budget.TryTake(out _));
        budget.Observe(HttpStatusCode.OK, Headers("100,1000", "98,400"));
        Assert.True(budget.TryTake(out _)); // the 99th
        Assert.True(budget.TryTake(out _)); // the 100th
        Assert.False(budget.TryTake(out var until));

        Assert.Equal(QuarterPast.AddMinutes(15), until);
        clock.Advance(TimeSpan.FromMinutes(12));
        Assert.True(budget.TryTake(out _));
    }

    [Fact]
    public void SpentDay_WaitsForUtcMidnight()
    {
        var clock = new FakeTimeProvider(QuarterPast);
        var budget = new RateBudget(clock, RateWindows.Strava);
        budget.Observe(HttpStatusCode.OK, Headers("100,1000", "3,1000"));

        Assert.False(budget.TryTake(out var until));
        Assert.Equal(new DateTimeOffset(2026, 11, 28, 0, 0, 0, TimeSpan.Zero), until);
    }

    [Fact]
    public void A429_ClosesTheWindow_EvenWhenTheCountSaysThereIsRoom()
    {
        var clock = new FakeTimeProvider(QuarterPast.AddMinutes(1));
        var budget = new RateBudget(clock, RateWindows.Strava);
        budget.Observe(HttpStatusCode.TooManyRequests, Headers("100,1000", "40,400"));

        Assert.False(budget.TryTake(out var until));
        Assert.Equal(QuarterPast.AddMinutes(15), until);
        Assert.Equal(QuarterPast.AddMinutes(15), budget.ClosedUntil());
        clock.Advance(TimeSpan.FromMinutes(14));
        Assert.True(budget.TryTake(out _));
    }

    [Fact]
    public void CompressedWindows_AlignToTheClockLikeStravas()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 10, 0, 7, 500, TimeSpan.Zero));
        var budget = new RateBudget(clock, new RateWindows(TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(20)));
        budget.Observe(HttpStatusCode.OK, Headers("1,10", "1,1"));

        Assert.False(budget.TryTake(out var until));
        Assert.Equal(new DateTimeOffset(2026, 11, 27, 10, 0, 8, TimeSpan.Zero), until);
    }
}
