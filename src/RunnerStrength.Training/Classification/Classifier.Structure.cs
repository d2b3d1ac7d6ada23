using RunnerStrength.Training.Activities;

namespace RunnerStrength.Training.Classification;

public sealed partial class Classifier
{
    // Section 1.5 step 3 (rules 3 and 4): long by duration, or long for this athlete's volume.
    private Classification? LongRun(Activity run, ActivityHistory history)
    {
        if (run.Moving >= settings.LongRunDuration)
        {
            return new Classification(ActivityKind.LongRun, true, Confidence.Medium, 3, $"{Facts(run)}, at least {Pace.Minutes(settings.LongRunDuration)}");
        }

        if (run.Moving < settings.RelativeLongRunDuration || run.DistanceM is not { } d
            || history.MeanWeeklyDistance(run.Start) is not { } weekly || history.MedianRunDistance(run.Start) is not { } median)
        {
            return null;
        }

        // Long for this athlete: not a medium-long run in the days after a longer one.
        if (history.LongestRun(run.Start, 6) is { } recent && d < settings.LongRunShareOfRecentLongest * recent)
        {
            return null;
        }

        return d >= settings.LongRunShareOfWeek * weekly && d >= settings.LongRunMedianMultiple * median
            ? new Classification(ActivityKind.LongRun, true, Confidence.Medium, 4,
                $"{Facts(run)} is {Number(d / weekly * 100)} % of your mean weekly {Pace.Km(weekly)} and {Number(d / median)} x your median run")
            : null;
    }

    // Section 1.5 step 4 (rules 5 and 6): repeats in the laps.
    private Classification? Repeats(Activity activity)
    {
        if (LapStructure.FromDeviceSteps(activity.Laps, settings) is { } steps)
        {
            return new Classification(ActivityKind.Interval, true, Confidence.High, 5, steps);
        }

        return LapStructure.FromLapSpeeds(activity.Laps, settings) is { } speeds
            ? new Classification(ActivityKind.Interval, true, Confidence.High, 6, speeds)
            : null;
    }
}
