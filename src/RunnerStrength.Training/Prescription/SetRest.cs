namespace RunnerStrength.Training.Prescription;

/// <summary>
/// Rest after a set. Heavy sets of 1-5 reps need near-full recovery to be lifted well and safely (the
/// session's booked time allows about five minutes a set); warm-up sets only a minute to load the next.
/// </summary>
public static class SetRest
{
    /// <summary>The rest after <paramref name="set"/> in a session that is <paramref name="heavy"/> or light.</summary>
    public static TimeSpan After(PrescribedSet set, bool heavy)
    {
        ArgumentNullException.ThrowIfNull(set);
        return set.Warmup ? TimeSpan.FromMinutes(1) : TimeSpan.FromMinutes(heavy ? 3 : 2);
    }
}
