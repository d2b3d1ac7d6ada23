using RunnerStrength.Training.Activities;
using RunnerStrength.Training.Athletes;
using RunnerStrength.Training.Races;

namespace RunnerStrength.Training.Planning;

/// <summary>Everything one week's plan depends on. The planner reads nothing else, not even the clock.</summary>
/// <param name="WeekStart">The Monday of the week to plan.</param>
/// <param name="Today">The athlete's local today: days before it are judged by what was recorded.</param>
/// <param name="Profile">The athlete.</param>
/// <param name="TimeZone">The athlete's time zone, resolved by the caller from <see cref="AthleteProfile.TimeZoneId"/>.</param>
/// <param name="Races">All races, past and future.</param>
/// <param name="Activities">Recorded activities around the week (at least the 4 weeks before it, for history and warnings).</param>
/// <param name="PreviousSessions">Strength sessions before the week (done or planned), for spacing.</param>
public sealed record PlanningInput(
    DateOnly WeekStart,
    DateOnly Today,
    AthleteProfile Profile,
    TimeZoneInfo TimeZone,
    IReadOnlyList<Race> Races,
    IReadOnlyList<Activity> Activities,
    IReadOnlyList<PreviousSession> PreviousSessions)
{
    /// <summary>Strength sessions done, for loads (rules 23-26) and the exercise progression (rule 30).</summary>
    public IReadOnlyList<Strength.StrengthSession> StrengthLog { get; init; } = [];

    /// <summary>
    /// From this instant on the plan may change; before it, a day holds only the <see cref="Held"/> session calendars
    /// were given. Null plans the whole week, the days passed in hindsight (a week from before the first plan).
    /// </summary>
    public DateTimeOffset? ChangesFrom { get; init; }

    /// <summary>Sessions given to the athlete that started before <see cref="ChangesFrom"/>: history, kept as they were (any week; the planner takes this week's).</summary>
    public IReadOnlyList<PlannedSession> Held { get; init; } = [];

    /// <summary>When the first plan was given to the athlete: a held session that started before it was placed in hindsight, never missed.</summary>
    public DateTimeOffset? FirstPlanned { get; init; }

    /// <summary>Sessions the athlete moved or deleted in their calendar: their decisions stand (any week; the planner picks this week's by UID).</summary>
    public IReadOnlyList<AthleteDecision> AthleteDecisions { get; init; } = [];
}
