using RunnerStrength.Training.Races;

namespace RunnerStrength.Training.Tests.Races;

public sealed class RaceInputTests
{
    [Fact]
    public void Read_AGoodRace_GivesTheRace_WithTheDistancesDefaultPriority()
    {
        var (race, problems) = RaceInput.Read(" 2027-04-18 ", " Paris Marathon ", 42.2, null);

        Assert.Empty(problems);
        Assert.Equal(new Race(new DateOnly(2027, 4, 18), "Paris Marathon", 42.2, RacePriority.A), race);
    }

    [Theory]
    [InlineData("a", RacePriority.A)]
    [InlineData(" c ", RacePriority.C)]
    public void Read_Priority_InAnyCase(string text, RacePriority expected)
    {
        Assert.Equal(expected, RaceInput.Read("2027-04-18", "Ten", 10, text).Race!.Priority);
    }

    [Theory]
    [InlineData("18/04/2027", "Ten", 10.0, "B", RaceField.Date, "must be a date as YYYY-MM-DD (got '18/04/2027')")]
    [InlineData("2027-04-18", " ", 10.0, "B", RaceField.Name, "must name the race")]
    [InlineData("2027-04-18", "Ten\r\nFAKE", 10.0, "B", RaceField.Name, "must not contain control characters (tabs, line breaks)")]
    [InlineData("2027-04-18", "Ten", 0.0, "B", RaceField.Distance, "must be between 0.1 and 1000 km (got 0)")]
    [InlineData("2027-04-18", "Ten", 1500.0, "B", RaceField.Distance, "must be between 0.1 and 1000 km (got 1500)")]
    [InlineData("2027-04-18", "Ten", 10.0, "D", RaceField.Priority, "must be A, B or C (got 'D')")]
    public void Read_ABadField_IsNamedWithOneSentence(string date, string name, double km, string priority, RaceField field, string problem)
    {
        var (race, problems) = RaceInput.Read(date, name, km, priority);

        Assert.Null(race);
        Assert.Equal([(field, problem)], problems);
    }
}
