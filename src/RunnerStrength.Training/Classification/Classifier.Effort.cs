using RunnerStrength.Training.Activities;

namespace RunnerStrength.Training.Classification;

public sealed partial class Classifier
{
    // Section 1.5 step 5 (rule 7): time at threshold, by heart rate, else by pace.
    private Classification? Threshold(Activity activity, AthleteThresholds thresholds)
    {
        if (activity.HeartRate is { } hr && thresholds.HardHeartRate(settings) is { } hard)
        {
            var time = hr.TimeAtOrAbove(hard);
            if (time >= settings.HardTime)
            {
                return new Classification(ActivityKind.Tempo, true, Confidence.Medium, 7,
                    $"{Pace.Minutes(time)} at HR >= {Number(Math.Ceiling(hard))} (max of 0.95 x LTHR, 0.88 x HRmax; HRmax {thresholds.MaxHeartRateSource})");
            }
        }
        else if (activity.HeartRate is null && activity.Speed is { } speed && thresholds.ThresholdSpeed is { } threshold && !activity.IsIndoor)
        {
            // Only a configured pace for samples: GPS speed is too noisy for an estimate a few per cent above easy.
            var time = speed.TimeAtOrAbove(threshold);
            if (time >= settings.HardTime)
            {
                return new Classification(ActivityKind.Tempo, true, Confidence.Medium, 7, $"{Pace.Minutes(time)} at or faster than threshold pace {Pace.PerKm(threshold)}");
            }
        }
        else if (activity.HeartRate is null && activity.Speed is null && HardLaps(activity, thresholds) is { } laps)
        {
            return laps;
        }

        if (activity.AverageHeartRate is { } average && thresholds.ThresholdHeartRate is { } lthr
            && average / lthr >= settings.TempoIntensityFactor && activity.Moving >= TimeSpan.FromMinutes(30))
        {
            return new Classification(ActivityKind.Tempo, true, Confidence.Medium, 7,
                $"average HR {Number(average)} = {Number(average / lthr)} x LTHR over {Pace.Minutes(activity.Moving)}");
        }

        return null;
    }

    // Rule 7 from laps when there is no stream (Strava summaries, older files): even uniform 1 km auto-laps show
    // a tempo block as laps at threshold heart rate, or, without heart rate, at threshold pace (configured, or
    // estimated from the athlete's easy pace).
    private Classification? HardLaps(Activity activity, AthleteThresholds thresholds)
    {
        var laps = activity.Laps.Where(l => l.Elapsed >= settings.ShortestHardLap).ToList();
        if (laps.Count == 0)
        {
            return null;
        }

        if (laps.All(l => l.AverageHeartRate is not null) && thresholds.HardHeartRate(settings) is { } hard)
        {
            var hardLaps = laps.Where(l => l.AverageHeartRate >= hard).ToList();
            var time = hardLaps.Aggregate(TimeSpan.Zero, (sum, l) => sum + l.Elapsed);
            return time >= settings.HardTime
                ? new Classification(ActivityKind.Tempo, true, Confidence.Medium, 7,
                    $"{hardLaps.Count} laps, {Pace.Minutes(time)}, at average HR >= {Number(Math.Ceiling(hard))} (max of 0.95 x LTHR, 0.88 x HRmax; HRmax {thresholds.MaxHeartRateSource})")
                : null;
        }

        if (!activity.IsIndoor && thresholds.HardSpeed(settings) is { } pace)
        {
            var fastLaps = laps.Where(l => l.Speed >= pace.Speed).ToList();
            var time = fastLaps.Aggregate(TimeSpan.Zero, (sum, l) => sum + l.Elapsed);
            return time >= settings.HardTime
                ? new Classification(ActivityKind.Tempo, true, Confidence.Medium, 7, $"{fastLaps.Count} laps, {Pace.Minutes(time)}, at or faster than {pace.Source}")
                : null;
        }

        return null;
    }

    // Section 1.5 step 6 (rule 10): the athlete's effort rating, the watch's training effect, or a workout name.
    private Classification? Effort(Activity run)
    {
        var named = Keywords.WorkoutKind(run.Name);
        var evidence = run.Rpe >= settings.KeyRpe ? $"RPE {Number(run.Rpe!.Value)}"
            : run.AerobicTrainingEffect >= settings.KeyAerobicEffect ? $"aerobic training effect {Number(run.AerobicTrainingEffect!.Value)}"
            : run.AnaerobicTrainingEffect >= settings.KeyAnaerobicEffect ? $"anaerobic training effect {Number(run.AnaerobicTrainingEffect!.Value)}"
            : null;
        if (evidence is not null)
        {
            return new Classification(named ?? ActivityKind.Hard, true, Confidence.Medium, 10, $"{evidence}, {Facts(run)}");
        }

        return named is { } kind
            ? new Classification(kind, true, Confidence.Low, 10, $"named '{run.Name}', {Facts(run)}")
            : null;
    }

    // Section 1.5 step 7 and rule 11: easy, unless nothing could be seen and the run was long enough to hurt.
    private Classification Remainder(Activity run, AthleteThresholds thresholds)
    {
        var seesHeartRate = run.AverageHeartRate is not null || run.HeartRate is not null;
        // Pace is seen against a configured threshold pace, or against the athlete's easy pace in laps.
        var seesPace = !run.IsIndoor && run.AverageSpeed is not null
            && (thresholds.ThresholdSpeed is not null || (thresholds.EasySpeed is not null && run.Laps.Count > 0));
        if (!seesHeartRate && !seesPace)
        {
            var blind = run.IsIndoor ? "no heart rate and treadmill pace is not trusted"
                : thresholds.EasySpeed is null ? "no heart rate and no threshold pace to compare with" : "no heart rate, and no laps to compare with your easy pace";
            return run.Moving >= settings.BlindLongRunDuration
                ? new Classification(ActivityKind.LongRun, true, Confidence.Low, 11, $"{blind}; {Facts(run)} is taken as long to be safe")
                : new Classification(ActivityKind.Easy, false, Confidence.Low, 11, $"{blind}; {Facts(run)}");
        }

        var hard = run.HeartRate is { } hr && thresholds.HardHeartRate(settings) is { } h ? $", {Pace.Minutes(hr.TimeAtOrAbove(h))} at hard heart rate" : "";
        return new Classification(ActivityKind.Easy, false, Confidence.Medium, 0, $"no key signal - {Facts(run)}{hard}");
    }
}
