namespace RunnerStrength.Fit.Decoding;

/// <summary>
/// Running totals of accumulated fields (e.g. distance packed as 12 bits in compressed_speed_distance):
/// each new raw value adds its difference to the previous one modulo the component's bit width.
/// </summary>
internal sealed class Accumulator
{
    private readonly Dictionary<int, Total> _totals = [];

    public void Clear() => _totals.Clear();

    /// <summary>A value read in full resets the running total to it.</summary>
    public void Set(ushort message, byte field, long value)
    {
        var total = Get(message, field);
        total.Value = value;
        total.Last = value;
    }

    public long Accumulate(ushort message, byte field, long value, int bits)
    {
        var total = Get(message, field);
        var mask = bits >= 63 ? long.MaxValue : (1L << bits) - 1;
        unchecked
        {
            total.Value += (value - total.Last) & mask;
        }

        total.Last = value;
        return total.Value;
    }

    private Total Get(ushort message, byte field)
    {
        var key = (message << 8) | field;
        if (!_totals.TryGetValue(key, out var total))
        {
            total = new Total();
            _totals[key] = total;
        }

        return total;
    }

    private sealed class Total
    {
        public long Value;
        public long Last;
    }
}
