using RunnerStrength.Training.Races;

namespace RunnerStrength.Training.Tests.Races;

public class RaceTests
{
    [Theory]
    [InlineData(42.195, RacePriority.A)] // the marathon itself
    [InlineData(42.2, RacePriority.A)]   // as people write it
    [InlineData(100.0, RacePriority.A)]  // ultras are marathon or longer
    [InlineData(21.1, RacePriority.B)]   // the half
    [InlineData(30.0, RacePriority.B)]   // between half and full still gets the half's treatment
    [InlineData(10.0, RacePriority.C)]   // shorter races are trained through
    [InlineData(5.0, RacePriority.C)]    // parkrun
    [InlineData(null, RacePriority.B)]   // unknown distance: protect the 96 h before, no maintenance month
    public void DefaultPriority_ByDistance_FollowsSection3(double? km, RacePriority expected) =>
        Assert.Equal(expected, Race.DefaultPriority(km));

    [Fact]
    public void WithDefaultPriority_Marathon_IsA()
    {
        var race = Race.WithDefaultPriority(new DateOnly(2027, 4, 18), "Paris Marathon", 42.2);

        Assert.Equal(new Race(new DateOnly(2027, 4, 18), "Paris Marathon", 42.2, RacePriority.A), race);
    }
}
