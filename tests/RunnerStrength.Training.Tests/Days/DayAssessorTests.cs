using RunnerStrength.Training.Activities;
using RunnerStrength.Training.Athletes;
using RunnerStrength.Training.Classification;
using RunnerStrength.Training.Days;
using static RunnerStrength.Training.Tests.Classification.ActivityFactory;

namespace RunnerStrength.Training.Tests.Days;

/// <summary>Rules 35 and 36: how a day counts for spacing.</summary>
public class DayAssessorTests
{
    private static readonly DateOnly Today = new(2026, 11, 27); // a Friday
    private static readonly Classifier Classifier = new();

    private static (Activity, RunnerStrength.Training.Classification.Classification) Recorded(Activity activity) =>
        (activity, Classifier.Classify(activity, Athlete(), ActivityHistory.Empty, []));

    [Fact]
    public void Rule35_PastDayWithNothingRecorded_IsUnknown_NotRest()
    {
        var day = DayAssessor.Assess(new DateOnly(2026, 11, 23), Today, [], WeeklyTemplate.Default);

        Assert.Equal((RunningDay.Unknown, false), (day.Running, day.FromTemplate));
    }

    [Fact]
    public void Rule35_FutureDay_ComesFromTheWeeklyTemplate()
    {
        var sunday = DayAssessor.Assess(new DateOnly(2026, 11, 29), Today, [], WeeklyTemplate.Default);
        var monday = DayAssessor.Assess(new DateOnly(2026, 11, 30), Today, [], WeeklyTemplate.Default);

        Assert.Equal((RunningDay.Key, ActivityKind.LongRun, true), (sunday.Running, sunday.Kind, sunday.FromTemplate));
        Assert.Equal(RunningDay.Rest, monday.Running);
    }

    [Fact]
    public void Rule36_TwoEasyRunsAddingUpToNinetyMinutes_MakeTheDayKey()
    {
        var morning = Run(50, 9, new DateTimeOffset(2026, 11, 25, 6, 0, 0, TimeSpan.Zero)) with { AverageHeartRate = 135 };
        var evening = Run(45, 8, new DateTimeOffset(2026, 11, 25, 17, 0, 0, TimeSpan.Zero), id: "2") with { AverageHeartRate = 135 };

        var day = DayAssessor.Assess(new DateOnly(2026, 11, 25), Today, [Recorded(morning), Recorded(evening)], WeeklyTemplate.Default);

        Assert.Equal(RunningDay.Key, day.Running);
        Assert.Contains("rule 36 - 2 easy runs adding up to 95 min", day.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void RecordedHardRunOnAPlannedEasyDay_MakesThePastDayKey()
    {
        // Wednesday is easy in the template, but the athlete ran a tempo.
        var tempo = Run(45, 10, new DateTimeOffset(2026, 11, 25, 17, 0, 0, TimeSpan.Zero)) with { AverageHeartRate = 160, HeartRate = HeartRate((140, 20), (172, 25)) };

        var day = DayAssessor.Assess(new DateOnly(2026, 11, 25), Today, [Recorded(tempo)], WeeklyTemplate.Default);

        Assert.Equal((RunningDay.Key, ActivityKind.Tempo), (day.Running, day.Kind));
    }
}
