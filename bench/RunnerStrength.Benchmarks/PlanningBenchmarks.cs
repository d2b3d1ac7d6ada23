using BenchmarkDotNet.Attributes;
using RunnerStrength.Training.Activities;
using RunnerStrength.Training.Athletes;
using RunnerStrength.Training.Planning;
using RunnerStrength.Training.Races;

namespace RunnerStrength.Benchmarks;

/// <summary>Planning one week from two years of history (about 500 runs), as the weekly replan does.</summary>
[MemoryDiagnoser]
public class PlanningBenchmarks
{
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
    private readonly Planner _planner = new();
    private PlanningInput _input = null!;

    [GlobalSetup]
    public void Setup()
    {
        var weekStart = new DateOnly(2026, 11, 30);
        var profile = new AthleteProfile("Europe/Paris", new TimeOnly(18, 0), WeeklyTemplate.Default, DeadliftStage.HexBar, Equipment.Gym)
        {
            MaxHeartRate = 190,
            ThresholdHeartRate = 170,
            OneRepMaxKg = 120,
        };
        var activities = new List<Activity>();
        for (var day = -730; day < 0; day++)
        {
            var date = weekStart.AddDays(day);
            if (profile.Template.On(date.DayOfWeek) is { } kind && kind != TemplateDay.Rest)
            {
                var local = date.ToDateTime(new TimeOnly(7, 0));
                var minutes = kind == TemplateDay.LongRun ? 110 : 50;
                activities.Add(new Activity(new ActivityId(ActivitySource.Strava, day.ToString(System.Globalization.CultureInfo.InvariantCulture)), new DateTimeOffset(local, Paris.GetUtcOffset(local)), local, Sport.Run,
                    TimeSpan.FromMinutes(minutes), TimeSpan.FromMinutes(minutes))
                {
                    DistanceM = minutes * 190,
                    AverageHeartRate = kind is TemplateDay.Interval or TemplateDay.Tempo ? 162 : 138,
                    MarkedAs = kind is TemplateDay.Interval or TemplateDay.Tempo ? AthleteMark.Workout : null,
                });
            }
        }

        _input = new PlanningInput(weekStart, weekStart.AddDays(2), profile, Paris,
            [new Race(weekStart.AddDays(60), "Spring Marathon", 42.2, RacePriority.A)], activities, []);
        Console.WriteLine($"// history: {activities.Count} runs");
    }

    [Benchmark]
    public int PlanOneWeek() => _planner.Plan(_input).Sessions.Count;
}
