using RunnerStrength.Training.Dates;

namespace RunnerStrength.Training.Tests.Dates;

public sealed class LocalTimeTests
{
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    [Fact]
    public void Instant_InSpringsGap_IsReadWithTheOffsetBeforeTheJump()
    {
        // 29 March 2026: Paris jumps from 02:00 +01:00 to 03:00 +02:00; 02:30 does not exist.
        var instant = LocalTime.Instant(new DateOnly(2026, 3, 29), new TimeOnly(2, 30), Paris);

        Assert.Equal(new DateTimeOffset(2026, 3, 29, 1, 30, 0, TimeSpan.Zero), instant.ToUniversalTime());
        Assert.Equal(new DateTime(2026, 3, 29, 3, 30, 0), TimeZoneInfo.ConvertTime(instant, Paris).DateTime);
    }

    [Fact]
    public void Instant_InAutumnsOverlap_IsTheFirstOccurrence()
    {
        // 25 October 2026: 02:30 happens at +02:00 and again at +01:00.
        var instant = LocalTime.Instant(new DateOnly(2026, 10, 25), new TimeOnly(2, 30), Paris);

        Assert.Equal(new DateTimeOffset(2026, 10, 25, 0, 30, 0, TimeSpan.Zero), instant.ToUniversalTime());
    }

    [Fact]
    public void Instant_OnAnOrdinaryDay_UsesThatDaysOffset()
    {
        Assert.Equal(TimeSpan.FromHours(1), LocalTime.Instant(new DateOnly(2026, 12, 5), new TimeOnly(18, 0), Paris).Offset);
        Assert.Equal(TimeSpan.FromHours(2), LocalTime.Instant(new DateOnly(2026, 7, 5), new TimeOnly(18, 0), Paris).Offset);
    }

    [Fact]
    public void DateOf_IsTheLocalDay()
    {
        Assert.Equal(new DateOnly(2026, 12, 6), LocalTime.DateOf(new DateTimeOffset(2026, 12, 5, 23, 30, 0, TimeSpan.Zero), Paris));
    }

    [Theory]
    [InlineData("2026-11-30", "2026-11-30")] // Monday
    [InlineData("2026-12-05", "2026-11-30")] // Saturday
    [InlineData("2026-12-06", "2026-11-30")] // Sunday ends the week
    public void MondayOf_StartsTheTrainingWeek(string day, string monday)
    {
        Assert.Equal(DateOnly.Parse(monday, System.Globalization.CultureInfo.InvariantCulture), Week.MondayOf(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("18:00", 18, 0)]
    [InlineData(" 7:30 ", 7, 30)]
    public void ClockTime_ReadsHoursAndMinutes(string text, int hour, int minute)
    {
        Assert.True(ClockTime.TryParse(text, out var time));
        Assert.Equal(new TimeOnly(hour, minute), time);
    }

    [Fact]
    public void ClockTime_Problem_NamesTheForm() =>
        Assert.Equal("must be a local time as HH:mm, e.g. 18:00 (got '6pm')", ClockTime.Problem("6pm"));
}
