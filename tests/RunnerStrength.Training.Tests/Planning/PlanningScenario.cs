using RunnerStrength.Training.Activities;
using RunnerStrength.Training.Athletes;
using RunnerStrength.Training.Planning;
using RunnerStrength.Training.Races;
using RunnerStrength.Training.Strength;

namespace RunnerStrength.Training.Tests.Planning;

/// <summary>Builds planner inputs: an athlete in Paris on the default week, lifting at 18:00, with a hex bar 1RM of 120 kg.</summary>
internal sealed record PlanningScenario
{
    public static readonly DateOnly Monday = new(2026, 11, 30);

    public static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    public DateOnly WeekStart { get; init; } = Monday;

    public DateOnly Today { get; init; } = Monday.AddDays(-1);

    public string Template { get; init; } = "Monday=rest, Tuesday=interval, Wednesday=easy, Thursday=tempo, Friday=rest, Saturday=easy, Sunday=long";

    public List<Race> Races { get; init; } = [];

    public List<Activity> Activities { get; init; } = [];

    public List<PreviousSession> Previous { get; init; } = [];

    public List<StrengthSession> Log { get; init; } = [];

    public double? OneRepMaxKg { get; init; } = 120;

    public DeadliftStage Stage { get; init; } = DeadliftStage.HexBar;

    public AthleteProfile Profile => new("Europe/Paris", new TimeOnly(18, 0), WeeklyTemplate.Parse(Template), Stage, Equipment.Gym)
    {
        MaxHeartRate = 190,
        ThresholdHeartRate = 170,
        OneRepMaxKg = OneRepMaxKg,
    };

    public Plan Plan() => new Planner().Plan(new PlanningInput(WeekStart, Today, Profile, Paris, Races, Activities, Previous) { StrengthLog = Log });

    /// <summary>A run recorded on <paramref name="date"/> at <paramref name="hour"/> local (Paris, UTC+1 in winter).</summary>
    public static Activity Run(DateOnly date, int hour, double minutes, double km, double averageHeartRate = 140, string id = "")
    {
        var local = date.ToDateTime(new TimeOnly(hour, 0));
        var start = new DateTimeOffset(local, Paris.GetUtcOffset(local));
        return new Activity(new ActivityId(ActivitySource.Strava, id.Length > 0 ? id : $"{date:MMdd}{hour}"), start, local, Sport.Run, TimeSpan.FromMinutes(minutes), TimeSpan.FromMinutes(minutes))
        {
            DistanceM = km * 1000,
            AverageHeartRate = averageHeartRate,
        };
    }
}
