namespace RunnerStrength.Training.Activities;

/// <summary>
/// Time spent at each value of a stream (heart rate in bpm, speed in m/s), in bins of <see cref="BinWidth"/>:
/// enough to ask "how long above threshold X" for any X, without keeping the samples.
/// </summary>
public sealed record TimeDistribution(double BinWidth, IReadOnlyDictionary<int, TimeSpan> Bins)
{
    /// <summary>Builds the distribution from samples of (value, duration).</summary>
    public static TimeDistribution From(double binWidth, IEnumerable<(double Value, TimeSpan Duration)> samples)
    {
        ArgumentNullException.ThrowIfNull(samples);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(binWidth);
        var bins = new Dictionary<int, TimeSpan>();
        foreach (var (value, duration) in samples)
        {
            var bin = (int)Math.Floor(value / binWidth);
            bins[bin] = bins.GetValueOrDefault(bin) + duration;
        }

        return new TimeDistribution(binWidth, bins);
    }

    /// <summary>Total time whose value is at or above <paramref name="threshold"/> (to the bin's resolution).</summary>
    public TimeSpan TimeAtOrAbove(double threshold)
    {
        var from = (int)Math.Ceiling((threshold / BinWidth) - 1e-9);
        return Bins.Where(b => b.Key >= from).Aggregate(TimeSpan.Zero, (sum, b) => sum + b.Value);
    }

    /// <summary>Total time recorded.</summary>
    public TimeSpan Total => Bins.Values.Aggregate(TimeSpan.Zero, (sum, t) => sum + t);
}
