using RunnerStrength.Training.Activities;
using RunnerStrength.Training.Classification;
using RunnerStrength.Training.Days;
using RunnerStrength.Training.Planning;
using RunnerStrength.Training.Races;
using static RunnerStrength.Training.Tests.Planning.PlanningScenario;

namespace RunnerStrength.Training.Tests.Planning;

/// <summary>The planner rules of training-rules.md section 7 (13-21, 29, 31, 32, 37), one test each, named after it.</summary>
public class PlannerTests
{
    [Fact]
    public void TypicalWeek_ThreeKeyRuns_LiftsThursdayAndSunday_AsTheSeedAdvises()
    {
        // Section 8: Tuesday intervals, Thursday tempo, Sunday long run. Thursday (before Friday's rest,
        // 72 h before the long run) and Sunday after the long run (48 h before Tuesday) are the days.
        var plan = new PlanningScenario().Plan();

        Assert.Equal([DayOfWeek.Thursday, DayOfWeek.Sunday], plan.Sessions.Select(s => s.Date.DayOfWeek));
        Assert.Equal(Phase.Build, plan.Phase);
        Assert.Contains("Sunday's long run is 72 h later", plan.Sessions[0].Reason, StringComparison.Ordinal);
        Assert.Empty(plan.Warnings);
    }

    [Fact]
    public void RaceDay_ShowsTheRace_InsteadOfTheTemplatesLongRun()
    {
        // The usual week has Sunday's long run; this Sunday is a race.
        var plan = new PlanningScenario { Races = [new Race(Monday.AddDays(6), "Valentine Half", 21.1, RacePriority.B)] }.Plan();

        var sunday = plan.Days.Single(d => d.Date == Monday.AddDays(6));
        Assert.Equal((RunningDay.Key, ActivityKind.Race), (sunday.Running, sunday.Kind));
        Assert.Equal("race day: Valentine Half, B race", sunday.Reason);
    }

    [Fact]
    public void Rule13_NeverTheDayBeforeAKeyRun()
    {
        var plan = new PlanningScenario().Plan();

        foreach (var session in plan.Sessions)
        {
            var next = plan.Days.SingleOrDefault(d => d.Date == session.Date.AddDays(1));
            Assert.NotEqual(RunningDay.Key, next?.Running);
        }
    }

    [Fact]
    public void Rule14_PrefersTheDayWithMostRecoveryBeforeTheNextKeyRun()
    {
        // Only Tuesday is key: Tuesday evening (after the run, 7 days to the next Tuesday) beats Monday (rule 13) and
        // every other day is further from... all are allowed; the most recovery before next Tuesday is early in the week.
        var plan = new PlanningScenario { Template = "Monday=rest, Tuesday=interval, Wednesday=easy, Thursday=easy, Friday=rest, Saturday=easy, Sunday=easy" }.Plan();

        Assert.Equal(2, plan.Sessions.Count);
        Assert.All(plan.Sessions, s => Assert.DoesNotContain("short of the ideal", s.Reason, StringComparison.Ordinal));
    }

    [Fact]
    public void Rule15_OnARecordedKeyRunDay_TheLiftComesAtLeastThreeHoursAfterTheRun()
    {
        // Past week: Thursday's tempo was run at 17:00 for 50 min, so an 18:00 lift moves to 21:00.
        var scenario = new PlanningScenario
        {
            Today = Monday.AddDays(7),
            Activities =
            [
                Run(Monday.AddDays(1), 7, 50, 11, 165) with { MarkedAs = AthleteMark.Workout },
                Run(Monday.AddDays(3), 17, 50, 11, 165) with { MarkedAs = AthleteMark.Workout },
                Run(Monday.AddDays(6), 8, 110, 21, 145),
            ],
        };

        var thursday = scenario.Plan().Sessions.Single(s => s.Date.DayOfWeek == DayOfWeek.Thursday);

        Assert.Equal(new TimeOnly(21, 0), thursday.StartLocal);
        Assert.Contains("after Thursday's tempo, at least 3 h later", thursday.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Rule16_HeavySessionsAreAtLeast72HoursApart_IncludingLastWeeksSession()
    {
        // Last week's Saturday 18:00 session rules out Sunday, Monday and Tuesday before 18:00.
        var saturday = new DateTimeOffset(Monday.AddDays(-2).ToDateTime(new TimeOnly(18, 0)), TimeSpan.FromHours(1));
        var plan = new PlanningScenario { Previous = [new PreviousSession(saturday, Heavy: true)] }.Plan();

        var starts = plan.Sessions.Select(s => new DateTimeOffset(s.Date.ToDateTime(s.StartLocal), TimeSpan.FromHours(1))).Prepend(saturday).Order().ToList();
        Assert.All(starts.Zip(starts.Skip(1)), p => Assert.True(p.Second - p.First >= TimeSpan.FromHours(72), $"{p.First} and {p.Second}"));
    }

    [Fact]
    public void Rule17_MaintenanceHasOneSessionAWeek_BuildTwo()
    {
        var build = new PlanningScenario().Plan();
        var maintenance = new PlanningScenario { Races = [new Race(Monday.AddDays(20), "Valencia Marathon", 42.2, RacePriority.A)] }.Plan();

        Assert.Equal(2, build.Sessions.Count);
        Assert.Equal((Phase.Maintenance, 1), (maintenance.Phase, maintenance.Sessions.Count));
    }

    [Fact]
    public void Rule18_WithinFourWeeksOfAnARace_MaintenanceAtMost85PercentAndRpe7()
    {
        var plan = new PlanningScenario { Races = [new Race(Monday.AddDays(27), "Valencia Marathon", 42.2, RacePriority.A)] }.Plan();

        var working = plan.Sessions.Single().Prescription.Sets.Where(s => !s.Warmup).ToList();
        Assert.All(working, s => Assert.True(s.PercentOneRepMax <= 85));
        Assert.Equal(3, working.Count);
    }

    [Theory]
    [InlineData(4)]  // the race on Thursday next week: the week is taper, its last days are closed
    [InlineData(9)]  // the race 15 days away: the week starts in maintenance and ends in taper
    public void Rule19_TheLastTenDaysBeforeAnARace_LightOnly_NothingInTheLastFive(int raceInDaysFromSunday)
    {
        var race = new Race(Monday.AddDays(6 + raceInDaysFromSunday), "Goal Marathon", 42.2, RacePriority.A);

        var plan = new PlanningScenario { Races = [race] }.Plan();

        Assert.All(plan.Sessions, s => Assert.True(race.Date.DayNumber - s.Date.DayNumber > 5));
        Assert.NotEmpty(plan.Sessions);
        var taper = plan.Sessions.Where(s => race.Date.DayNumber - s.Date.DayNumber <= 10).ToList();
        Assert.All(taper.SelectMany(s => s.Prescription.Sets).Where(s => !s.Warmup), s => Assert.True(s.PercentOneRepMax <= 70));
        Assert.All(taper, s => Assert.True(s.Prescription.Sets.Count(set => !set.Warmup) <= 3));
    }

    [Fact]
    public void Rule20_NothingInThe96HoursBeforeABRace()
    {
        var race = new Race(Monday.AddDays(6), "City Half", 21.1, RacePriority.B); // Sunday

        var plan = new PlanningScenario { Races = [race] }.Plan();

        Assert.All(plan.Sessions, s => Assert.True(s.Date < Monday.AddDays(2) || s.Date > race.Date, $"{s.Date} is within 96 h of the race"));
    }

    [Fact]
    public void Rule20_ACRaceIsAKeyRun_SoTheDayBeforeIsRuledOut()
    {
        var race = new Race(Monday.AddDays(5), "Parkrun", 5, RacePriority.C); // Saturday

        var plan = new PlanningScenario { Races = [race] }.Plan();

        Assert.Equal(RunningDay.Key, plan.Days.Single(d => d.Date == race.Date).Running);
        Assert.DoesNotContain(plan.Sessions, s => s.Date == race.Date.AddDays(-1));
    }

    [Theory]
    [InlineData(10, 3)]    // 10k: 3 days
    [InlineData(21.1, 5)]  // half: 5 days
    [InlineData(42.2, 10)] // marathon: 10 days
    public void Rule21_FirstLiftAfterARace_WaitsByDistance(double km, int days)
    {
        var race = new Race(Monday.AddDays(-1), "Last Sunday's race", km, RacePriority.B);

        var plan = new PlanningScenario { Races = [race] }.Plan();

        Assert.All(plan.Sessions, s => Assert.True(s.Date.DayNumber - race.Date.DayNumber >= days));
        Assert.All(plan.Sessions.SelectMany(s => s.Prescription.Sets).Where(s => !s.Warmup), s => Assert.True(s.PercentOneRepMax <= 75));
    }

    [Fact]
    public void Rule29_EveryFourthWeek_IsADeload_WithHalfTheSets()
    {
        // ISO week 52 of 2026 (Monday 21 December) is divisible by 4.
        var deload = new PlanningScenario { WeekStart = new DateOnly(2026, 12, 21), Today = new DateOnly(2026, 12, 20) }.Plan();
        var normal = new PlanningScenario().Plan();

        Assert.True(deload.Deload);
        Assert.False(normal.Deload);
        Assert.Equal(2, deload.Sessions[0].Prescription.Sets.Count(s => !s.Warmup));
        Assert.Equal(4, normal.Sessions[0].Prescription.Sets.Count(s => !s.Warmup));
    }

    [Fact]
    public void Rule29_TheRunningCutbackWeek_IsADeloadToo()
    {
        // Four weeks of 40 km, then a week of 24 km: the runner's cutback week, already run.
        var history = Enumerable.Range(1, 20).Select(i => Run(Monday.AddDays(-7 * (i / 5 + 1) + (i % 5)), 7, 40, 8, id: $"h{i}"));
        var cutback = new[] { Run(Monday.AddDays(1), 7, 40, 8), Run(Monday.AddDays(3), 7, 40, 8), Run(Monday.AddDays(6), 7, 40, 8) };

        var plan = new PlanningScenario { Today = Monday.AddDays(7), Activities = [.. history, .. cutback] }.Plan();

        Assert.True(plan.Deload);
    }

    [Fact]
    public void Rule34_WorkloadRatioIsNeverShown_AndASpikeNeverBlocksSessions()
    {
        var history = Enumerable.Range(1, 16).Select(i => Run(Monday.AddDays(-2 * i), 8, 30, 5, id: $"h{i}"));
        var hugeWeek = new[] { Run(Monday.AddDays(1), 7, 90, 18), Run(Monday.AddDays(3), 7, 90, 18), Run(Monday.AddDays(6), 7, 150, 30) };

        var plan = new PlanningScenario { Today = Monday.AddDays(7), Activities = [.. history, .. hugeWeek] }.Plan();

        Assert.Equal(2, plan.Sessions.Count);
        Assert.DoesNotContain(plan.Warnings, w => w.Contains("ACWR", StringComparison.OrdinalIgnoreCase) || w.Contains("workload ratio", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Rule31And32_RunningSpikes_RaiseWarnings()
    {
        var history = Enumerable.Range(1, 16).Select(i => Run(Monday.AddDays(-2 * i), 8, 40, 8, id: $"h{i}"));
        var thisWeek = new[] { Run(Monday.AddDays(1), 8, 60, 12), Run(Monday.AddDays(3), 8, 60, 12), Run(Monday.AddDays(6), 8, 150, 28) };

        var plan = new PlanningScenario { Today = Monday.AddDays(7), Activities = [.. history, .. thisWeek] }.Plan();

        Assert.Contains(plan.Warnings, w => w.StartsWith("rule 31 (strong) - Sunday's 28 km is 133 % longer than your longest run of the previous 30 days (12 km)", StringComparison.Ordinal));
        Assert.Contains(plan.Warnings, w => w.StartsWith("rule 32 - 52 km this week", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(9, "rule 31 (info) - Wednesday's 9 km is 13 % longer")]   // 12.5 % longer: noted
    [InlineData(10.8, "rule 31 (warn) - Wednesday's 10.8 km is 35 %")]   // holds the loads back (rule 33)
    [InlineData(17, "rule 31 (strong) - Wednesday's 17 km is 113 %")]   // more than double
    [InlineData(8.5, null)]                                               // 6 % longer: nothing
    public void Rule31_LevelsOfASingleRunSpike(double km, string? expected)
    {
        var history = Enumerable.Range(1, 12).Select(i => Run(Monday.AddDays(-2 * i), 8, 40, 8, id: $"h{i}"));

        var plan = new PlanningScenario { Today = Monday.AddDays(7), Activities = [.. history, Run(Monday.AddDays(2), 8, 50, km)] }.Plan();
        var warning = plan.Warnings.FirstOrDefault(w => w.StartsWith("rule 31", StringComparison.Ordinal));

        if (expected is null)
        {
            Assert.Null(warning);
        }
        else
        {
            Assert.StartsWith(expected, warning, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void HardRunOnAPlannedEasyDay_MovesTheSessionAwayFromTheDayBefore()
    {
        // The template says Friday is rest and Saturday easy; the athlete ran hard intervals on Saturday,
        // so Friday is the day before a key run and may not hold a session.
        var plain = new PlanningScenario { Template = "Monday=rest, Tuesday=easy, Wednesday=easy, Thursday=easy, Friday=rest, Saturday=easy, Sunday=easy", Today = Monday.AddDays(7) }.Plan();
        var hardSaturday = new PlanningScenario
        {
            Template = "Monday=rest, Tuesday=easy, Wednesday=easy, Thursday=easy, Friday=rest, Saturday=easy, Sunday=easy",
            Today = Monday.AddDays(7),
            Activities = [Run(Monday.AddDays(5), 9, 50, 11, 168) with { MarkedAs = AthleteMark.Workout }],
        }.Plan();

        Assert.Equal(RunningDay.Key, hardSaturday.Days[5].Running);
        Assert.DoesNotContain(hardSaturday.Sessions, s => s.Date == Monday.AddDays(4));
        Assert.Equal(plain.Sessions.Count, hardSaturday.Sessions.Count);
    }

    [Fact]
    public void Rule37_AWeekWithNoAllowedDay_PlansNothingAndSaysWhy()
    {
        var plan = new PlanningScenario { Template = "Monday=interval, Tuesday=tempo, Wednesday=interval, Thursday=tempo, Friday=interval, Saturday=tempo, Sunday=long" }.Plan();

        Assert.Empty(plan.Sessions);
        var warning = Assert.Single(plan.Warnings);
        Assert.StartsWith("rule 37 - no day this week passes the rules", warning, StringComparison.Ordinal);
        Assert.Contains("Monday: rule 13 - the day before Tuesday's tempo", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void Identity_ASessionMovedWithinItsWeek_KeepsItsUid()
    {
        var before = new PlanningScenario().Plan();
        // Thursday's tempo became an easy run in the template: the first session moves, its UID does not.
        var after = new PlanningScenario { Template = "Monday=rest, Tuesday=interval, Wednesday=tempo, Thursday=easy, Friday=rest, Saturday=easy, Sunday=long" }.Plan();

        Assert.Equal(before.Sessions.Select(s => s.Uid), after.Sessions.Select(s => s.Uid));
        Assert.NotEqual(before.Sessions.Select(s => s.Date), after.Sessions.Select(s => s.Date));
    }

    [Fact]
    public void DaylightSavingWeek_SpacingIsMeasuredBetweenInstants()
    {
        // Europe/Paris leaves summer time on Sunday 25 October 2026 at 03:00.
        var plan = new PlanningScenario { WeekStart = new DateOnly(2026, 10, 19), Today = new DateOnly(2026, 10, 18) }.Plan();

        Assert.Equal([DayOfWeek.Thursday, DayOfWeek.Sunday], plan.Sessions.Select(s => s.Date.DayOfWeek));
        Assert.Contains("Sunday's long run is 73 h later", plan.Sessions[0].Reason, StringComparison.Ordinal);
    }
}
