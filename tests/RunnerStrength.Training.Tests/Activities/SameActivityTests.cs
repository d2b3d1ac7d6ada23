using RunnerStrength.Training.Activities;

namespace RunnerStrength.Training.Tests.Activities;

public sealed class SameActivityTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 24, 17, 0, 0, TimeSpan.Zero);

    private static Activity Run(ActivitySource source, TimeSpan startShift, int minutes, Sport sport = Sport.Run) =>
        new(new ActivityId(source, source.ToString()), Start + startShift, (Start + startShift).UtcDateTime, sport, TimeSpan.FromMinutes(minutes), TimeSpan.FromMinutes(minutes));

    [Theory]
    [InlineData(90, 50, true)]   // 1.5 min apart, same length
    [InlineData(119, 55, true)]  // 5 of 55 minutes shorter: within 10 %
    [InlineData(121, 50, false)] // more than two minutes apart
    [InlineData(0, 44, false)]   // 6 of 50 minutes: beyond 10 %
    public void Matches_OnStartAndDuration(int secondsApart, int minutes, bool same)
    {
        Assert.Equal(same, SameActivity.Matches(Run(ActivitySource.Strava, TimeSpan.Zero, 50), Run(ActivitySource.Fit, TimeSpan.FromSeconds(secondsApart), minutes)));
    }

    [Fact]
    public void Matches_NeverAcrossSports()
    {
        Assert.False(SameActivity.Matches(Run(ActivitySource.Strava, TimeSpan.Zero, 50), Run(ActivitySource.Fit, TimeSpan.Zero, 50, Sport.Ride)));
    }
}
