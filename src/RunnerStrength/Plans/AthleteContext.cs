using RunnerStrength.Training.Athletes;
using RunnerStrength.Training.Dates;
using RunnerStrength.Training.Planning;
using RunnerStrength.Training.Races;
using RunnerStrength.Training.Strength;

namespace RunnerStrength.Plans;

/// <summary>The athlete a verb works for: profile, time zone, races, and their local today.</summary>
internal sealed record AthleteContext(int AthleteId, AthleteProfile Profile, TimeZoneInfo Zone, IReadOnlyList<Race> Races, DateTimeOffset Now)
{
    /// <summary>Strength sessions done in the last year: loads, progression, and spacing from real sessions.</summary>
    public IReadOnlyList<StrengthSession> StrengthLog { get; init; } = [];

    /// <summary>Sessions the athlete moved or deleted in their calendar.</summary>
    public IReadOnlyList<AthleteDecision> Decisions { get; init; } = [];

    public DateOnly Today => LocalTime.DateOf(Now, Zone);
}
