namespace RunnerStrength.Training.Strength;

/// <summary>Rule 24: estimated one-repetition maximum (Epley) from sets taken close to failure.</summary>
public static class OneRepMax
{
    /// <summary>
    /// Epley w x (1 + r / 30) for 2 to 10 reps (1 rep is the load itself); reps in reserve (10 - RPE) add
    /// to r; sets of more than 10 reps (with reserve) say too little and give null.
    /// </summary>
    public static double? Estimate(double loadKg, int reps, double? rpe = null)
    {
        var effective = reps + (rpe is { } r ? Math.Max(0, 10 - r) : 0);
        return reps <= 0 || effective > 10 ? null
            : effective <= 1 ? loadKg
            : loadKg * (1 + (effective / 30.0));
    }

    /// <summary>The best estimate from the sessions of <paramref name="exercise"/> in the 8 weeks before <paramref name="date"/>.</summary>
    public static double? FromLog(IEnumerable<StrengthSession> log, string exercise, DateOnly date) =>
        log.Where(s => s.Exercise == exercise && s.Date < date && s.Date.DayNumber >= date.DayNumber - 56)
            .SelectMany(s => s.Sets)
            .Select(set => set.LoadKg is { } kg ? Estimate(kg, set.Reps, set.Rpe) : null)
            .OfType<double>().DefaultIfEmpty().Max() is var best && best > 0 ? best : null;
}
