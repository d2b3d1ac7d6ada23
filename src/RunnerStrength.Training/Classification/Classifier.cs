using System.Globalization;
using RunnerStrength.Training.Activities;
using RunnerStrength.Training.Athletes;
using RunnerStrength.Training.Races;

namespace RunnerStrength.Training.Classification;

/// <summary>
/// Decides whether an activity was a key session, and which kind, by the first matching step of
/// training-rules.md section 1.5 (rules 1-12 of section 7). Pure: everything it needs is passed in.
/// </summary>
public sealed partial class Classifier(ClassifierSettings settings)
{
    private static readonly double[] StandardDistances = [5000, 10000, 21097.5, 42195];

    /// <summary>A classifier with the default settings.</summary>
    public Classifier()
        : this(ClassifierSettings.Default)
    {
    }

    /// <summary>Classifies <paramref name="activity"/> given the athlete, their earlier activities and their races.</summary>
    public Classification Classify(Activity activity, AthleteProfile profile, ActivityHistory history, IReadOnlyList<Race> races)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(races);
        var thresholds = Thresholds(profile, history, activity.Start);
        return activity.Sport switch
        {
            Sport.Run => ClassifyRun(activity, thresholds, history, races),
            Sport.Strength => new Classification(ActivityKind.Strength, false, Confidence.High, 0, $"strength session, {activity.StrengthSets.Count} sets"),
            _ => ClassifyOtherSport(activity, thresholds),
        };
    }

    /// <summary>Rule 8: the anchors, from the profile, else from history, else from age.</summary>
    public static AthleteThresholds Thresholds(AthleteProfile profile, ActivityHistory history, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(history);
        (double? max, string maxSource) = profile.MaxHeartRate is { } configured ? (configured, "configured")
            : history.ObservedMaxHeartRate(at) is { } observed ? (observed, "highest in 12 months")
            : profile.BirthYear is { } born ? (208 - (0.7 * (at.Year - born)), $"208 - 0.7 x age {at.Year - born}")
            : ((double?)null, "unknown");
        (double? threshold, string thresholdSource) = profile.ThresholdHeartRate is { } lthr ? (lthr, "configured")
            : max is { } m ? (0.90 * m, "0.90 x HRmax")
            : ((double?)null, "unknown");
        var speed = profile.ThresholdPace is { TotalSeconds: > 0 } pace ? 1000 / pace.TotalSeconds : (double?)null;
        return new AthleteThresholds(max, maxSource, threshold, thresholdSource, speed) { EasySpeed = history.EasySpeed(at) };
    }

    private Classification ClassifyRun(Activity run, AthleteThresholds thresholds, ActivityHistory history, IReadOnlyList<Race> races) =>
        Race(run, thresholds, races)
        ?? MarkedByAthlete(run)
        ?? LongRun(run, history)
        ?? Repeats(run)
        ?? Threshold(run, thresholds)
        ?? Effort(run)
        ?? Remainder(run, thresholds);

    private Classification ClassifyOtherSport(Activity activity, AthleteThresholds thresholds)
    {
        var sport = activity.Sport.ToString().ToLowerInvariant();
        if (!settings.CountHardOtherSports)
        {
            return new Classification(ActivityKind.Other, false, Confidence.High, 0, $"{sport}; other sports do not count for spacing (setting)");
        }

        // Section 8: swims and walks spare the legs, however hard or long.
        if (activity.Sport is Sport.Swim or Sport.Walk)
        {
            return new Classification(ActivityKind.Other, false, Confidence.High, 0, $"{sport} of {Pace.Minutes(activity.Moving)} spares the legs and does not block a lift");
        }

        if (Repeats(activity) is { } repeats)
        {
            return repeats with { Facts = $"{sport}: {repeats.Facts}" };
        }

        if (Threshold(activity, thresholds) is { } hard)
        {
            return hard with { Facts = $"{sport}: {hard.Facts}" };
        }

        return activity.Moving >= settings.LongOtherSport
            ? new Classification(ActivityKind.LongRun, true, Confidence.Medium, 0, $"{sport} of {Pace.Minutes(activity.Moving)}, at least {Pace.Minutes(settings.LongOtherSport)} tires the legs like a long run")
            : new Classification(ActivityKind.Other, false, Confidence.Medium, 0, $"easy {sport} of {Pace.Minutes(activity.Moving)} does not block a lift");
    }

    private static string Facts(Activity run) =>
        run.DistanceM is { } d ? $"{Pace.Km(d)} in {Pace.Minutes(run.Moving)}" : Pace.Minutes(run.Moving);

    private static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
