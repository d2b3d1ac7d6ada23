using RunnerStrength.Training.Activities;
using RunnerStrength.Training.Races;

namespace RunnerStrength.Training.Classification;

public sealed partial class Classifier
{
    // Section 1.5 step 1 (rules 1 and 9): marked as a race, on a race day in the calendar, or named one and run like one.
    private Classification? Race(Activity run, AthleteThresholds thresholds, IReadOnlyList<Race> races)
    {
        if (run.MarkedAs == AthleteMark.Race)
        {
            return new Classification(ActivityKind.Race, true, Confidence.High, 1, $"you marked it a race, {Facts(run)}");
        }

        foreach (var race in races.Where(r => r.Date == run.LocalDate))
        {
            if (race.DistanceKm is not { } km || run.DistanceM is not { } d || d >= 0.8 * km * 1000)
            {
                return new Classification(ActivityKind.Race, true, Confidence.High, 1, $"race day of '{race.Name}' in your calendar, {Facts(run)}");
            }
        }

        if (!Keywords.SaysRace(run.Name))
        {
            return null;
        }

        if (run.AverageHeartRate is { } hr && thresholds.MaxHeartRate is { } max && hr >= settings.RaceShareOfMax * max && run.Moving >= settings.RaceEffortDuration)
        {
            return new Classification(ActivityKind.Race, true, Confidence.Medium, 9,
                $"named '{run.Name}' and run at average HR {Number(hr)} = {Number(hr / max)} x HRmax for {Pace.Minutes(run.Moving)}");
        }

        if (run.DistanceM is { } distance && run.AverageSpeed is { } speed && thresholds.ThresholdSpeed is { } threshold && !run.IsIndoor
            && StandardDistances.Any(s => Math.Abs(distance - s) <= 0.03 * s) && speed >= threshold)
        {
            return new Classification(ActivityKind.Race, true, Confidence.Medium, 9,
                $"named '{run.Name}', {Pace.Km(distance)} at {Pace.PerKm(speed)}, at or faster than threshold pace");
        }

        return null;
    }

    // Section 1.5 step 2 (rule 1): the run type the athlete chose (Strava's workout_type, translated by its adapter).
    private Classification? MarkedByAthlete(Activity run) => run.MarkedAs switch
    {
        AthleteMark.LongRun => new Classification(ActivityKind.LongRun, true, Confidence.High, 1, $"you marked it a long run, {Facts(run)}"),
        AthleteMark.Workout => new Classification(Repeats(run) is null ? ActivityKind.Tempo : ActivityKind.Interval, true, Confidence.High, 1, $"you marked it a workout, {Facts(run)}"),
        _ => null, // Rule 2: no mark says nothing; the remaining steps decide.
    };
}
