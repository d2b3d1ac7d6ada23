using RunnerStrength.Training.Athletes;

namespace RunnerStrength.Training.Tests.Athletes;

public class WeeklyTemplateTests
{
    [Fact]
    public void Parse_FullWeek_ReadsEveryDay()
    {
        var template = WeeklyTemplate.Parse("Monday=rest, Tuesday=interval, Wednesday=easy, Thursday=tempo, Friday=rest, Saturday=easy, Sunday=long");

        Assert.Equal(7, template.Days.Count);
        Assert.Equal(TemplateDay.Interval, template.On(DayOfWeek.Tuesday));
        Assert.Equal(TemplateDay.LongRun, template.On(DayOfWeek.Sunday));
        Assert.Equal(TemplateDay.Rest, template.On(DayOfWeek.Friday));
    }

    [Fact]
    public void Parse_MissingDays_AreUnknown()
    {
        var template = WeeklyTemplate.Parse("tuesday=KEY;sunday=Long");

        Assert.Null(template.On(DayOfWeek.Monday));
        Assert.Equal(TemplateDay.Key, template.On(DayOfWeek.Tuesday));
    }

    [Fact]
    public void ToString_IsWhatParseReads_MondayFirst()
    {
        var text = WeeklyTemplate.Parse("Sunday=long, Monday=rest, Wednesday=tempo").ToString();

        Assert.Equal("Monday=rest, Wednesday=tempo, Sunday=long", text);
        Assert.Equal(text, WeeklyTemplate.Parse(text).ToString());
    }

    [Theory]
    [InlineData("Monday", "not of the form")]             // no kind
    [InlineData("Funday=rest", "not of the form")]        // no such weekday
    [InlineData("1=rest", "not of the form")]             // numbers are not weekdays, though Enum.Parse takes them
    [InlineData("Monday=sprint", "'sprint' for Monday")]  // unknown kind
    [InlineData("Monday=rest, monday=easy", "Monday appears twice")]
    public void Parse_BadEntry_NamesTheProblem(string text, string expected)
    {
        var error = Assert.Throws<FormatException>(() => WeeklyTemplate.Parse(text));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
