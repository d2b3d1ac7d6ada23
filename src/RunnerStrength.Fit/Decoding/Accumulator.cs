using RunnerStrength.Fit.Profile;

namespace RunnerStrength.Fit.Decoding;

/// <summary>
/// Running totals of accumulated fields (e.g. distance packed as 12 bits in compressed_speed_distance):
/// each new raw value adds its difference to the previous one modulo the component's bit width.
/// One slot per accumulated profile field, so a lookup is an array index.
/// </summary>
internal sealed class Accumulator
{
    private readonly long[] _values = new long[FitProfile.AccumulatorSlots];
    private readonly long[] _last = new long[FitProfile.AccumulatorSlots];

    public void Clear()
    {
        Array.Clear(_values);
        Array.Clear(_last);
    }

    /// <summary>A value read in full resets the running total to it.</summary>
    public void Set(int slot, long value)
    {
        _values[slot] = value;
        _last[slot] = value;
    }

    public long Accumulate(int slot, long value, int bits)
    {
        var mask = bits >= 63 ? long.MaxValue : (1L << bits) - 1;
        unchecked
        {
            _values[slot] += (value - _last[slot]) & mask;
        }

        _last[slot] = value;
        return _values[slot];
    }
}
