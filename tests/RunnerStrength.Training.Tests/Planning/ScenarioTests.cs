using RunnerStrength.Training.Activities;
using RunnerStrength.Training.Athletes;
using RunnerStrength.Training.Planning;
using RunnerStrength.Training.Races;
using static RunnerStrength.Training.Tests.Planning.PlanningScenario;

namespace RunnerStrength.Training.Tests.Planning;

/// <summary>
/// Multi-week seasons planned week by week, as the service would, each checked every week by the
/// independent <see cref="PlanInvariantChecker"/>. The athlete runs what the template says (or what the
/// scenario changes), and does the sessions planned.
/// </summary>
public class ScenarioTests
{
    private static readonly DateOnly Start = new(2026, 8, 3); // a Monday

    [Fact]
    public void MarathonBuild_WithABRaceAndAnARace_BreaksNoHardRule()
    {
        var races = new List<Race>
        {
            new(Start.AddDays(7 * 8 + 6), "Half tune-up", 21.1, RacePriority.B),
            new(Start.AddDays(7 * 14 + 6), "Autumn Marathon", 42.2, RacePriority.A),
        };

        var plans = Season(16, races);

        Assert.Contains(plans, p => p.Phase == Phase.Maintenance);
        Assert.Contains(plans, p => p.Phase == Phase.Taper);
        Assert.Contains(plans, p => p.Phase == Phase.Return);
        Assert.True(plans.Sum(p => p.Sessions.Count) >= 16);
    }

    [Fact]
    public void RunnerNewToLifting_StaysOnKettlebellSkillWork_AndBreaksNoRule()
    {
        var plans = Season(6, [], stage: DeadliftStage.Kettlebell, oneRepMax: null);

        Assert.All(plans, p => Assert.Equal(Phase.Skill, p.Phase));
        Assert.All(plans.SelectMany(p => p.Sessions), s => Assert.Equal("kettlebell_deadlift", s.Prescription.Exercise));
    }

    [Fact]
    public void WeekWithNoEasyDay_PlansNothing_AndSaysWhy()
    {
        var plans = Season(2, [], template: "Monday=interval, Tuesday=tempo, Wednesday=interval, Thursday=tempo, Friday=interval, Saturday=tempo, Sunday=long");

        Assert.All(plans, p => Assert.Empty(p.Sessions));
        Assert.All(plans, p => Assert.Contains(p.Warnings, w => w.StartsWith("rule 37", StringComparison.Ordinal)));
    }

    [Fact]
    public void IllnessGap_TwoWeeksWithoutRunning_StillBreaksNoRule()
    {
        var plans = Season(6, [], skipRunning: week => week is 2 or 3);

        Assert.Equal(6, plans.Count);
    }

    [Fact]
    public void RacesOnConsecutiveWeekends_BreakNoRule()
    {
        var races = new List<Race>
        {
            new(Start.AddDays(7 * 3 + 5), "Saturday 10k", 10, RacePriority.B),
            new(Start.AddDays(7 * 4 + 5), "Next Saturday 10k", 10, RacePriority.B),
        };

        var plans = Season(6, races);

        Assert.DoesNotContain(plans.SelectMany(p => p.Sessions), s => s.Date > races[0].Date && s.Date < races[0].Date.AddDays(3));
    }

    [Fact]
    public void TreadmillOnlyAthleteWithoutHeartRate_LongRunsStillCountAsKey()
    {
        var plans = Season(4, [], treadmillWithoutHeartRate: true);

        Assert.All(plans.Skip(1), p => Assert.Equal(RunnerStrength.Training.Days.RunningDay.Key, p.Days.Single(d => d.Date.DayOfWeek == DayOfWeek.Sunday).Running));
    }

    [Fact]
    public void DaylightSavingWeeks_BreakNoRule()
    {
        // 2026-10-25 (back to winter time) and 2027-03-28 (summer time) fall in these seasons.
        Season(3, [], start: new DateOnly(2026, 10, 12));
        Season(3, [], start: new DateOnly(2027, 3, 15));
    }

    /// <summary>Plans <paramref name="weeks"/> weeks one after another, recording the template's runs and the planned sessions.</summary>
    private static List<Plan> Season(int weeks, List<Race> races, DeadliftStage stage = DeadliftStage.HexBar, double? oneRepMax = 120,
        string template = "Monday=rest, Tuesday=interval, Wednesday=easy, Thursday=tempo, Friday=rest, Saturday=easy, Sunday=long",
        Func<int, bool>? skipRunning = null, bool treadmillWithoutHeartRate = false, DateOnly? start = null)
    {
        var first = start ?? Start;
        var activities = new List<Activity>();
        var sessions = new List<PreviousSession>();
        var plans = new List<Plan>();
        var parsed = WeeklyTemplate.Parse(template);
        for (var week = 0; week < weeks; week++)
        {
            var monday = first.AddDays(7 * week);
            var scenario = new PlanningScenario
            {
                WeekStart = monday,
                Today = monday,
                Template = template,
                Races = races,
                Activities = [.. activities],
                Previous = [.. sessions],
                Stage = stage,
                OneRepMaxKg = oneRepMax,
            };
            var plan = scenario.Plan();
            var breaches = PlanInvariantChecker.Check(plan, races, activities, sessions.Select(s => (s.Start, s.Heavy)).ToList(), Paris);
            Assert.True(breaches.Count == 0, $"week of {monday}: " + string.Join("; ", breaches));
            plans.Add(plan);

            // The week happens: the athlete runs the template (races on race days) and does the sessions.
            for (var day = 0; day < 7 && !(skipRunning?.Invoke(week) ?? false); day++)
            {
                var date = monday.AddDays(day);
                if (races.FirstOrDefault(r => r.Date == date) is { } race)
                {
                    activities.Add(Run(date, 9, race.DistanceKm!.Value * 5, race.DistanceKm.Value, 175) with { MarkedAs = AthleteMark.Race });
                    continue;
                }

                var run = parsed.On(date.DayOfWeek) switch
                {
                    TemplateDay.Interval => Run(date, 7, 55, 11, 160) with { MarkedAs = AthleteMark.Workout },
                    TemplateDay.Tempo => Run(date, 7, 50, 11, 165) with { MarkedAs = AthleteMark.Workout },
                    TemplateDay.LongRun => Run(date, 8, 110, 21, 145),
                    TemplateDay.Easy => Run(date, 7, 45, 8, 135),
                    _ => null,
                };
                if (run is not null)
                {
                    activities.Add(treadmillWithoutHeartRate ? run with { AverageHeartRate = null, MarkedAs = null, IsIndoor = true } : run);
                }
            }

            sessions.AddRange(plan.Sessions.Select(s => new PreviousSession(
                new DateTimeOffset(s.Date.ToDateTime(s.StartLocal), Paris.GetUtcOffset(s.Date.ToDateTime(s.StartLocal))), s.Prescription.Heavy)));
        }

        return plans;
    }
}
