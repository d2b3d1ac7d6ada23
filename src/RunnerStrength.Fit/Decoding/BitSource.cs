using RunnerStrength.Fit.Profile;

namespace RunnerStrength.Fit.Decoding;

/// <summary>The bits of a field's elements in order, least significant first, for component expansion.</summary>
internal ref struct BitSource
{
    private readonly ReadOnlySpan<byte> _bytes;
    private readonly int _elementSize;
    private readonly bool _bigEndian;
    private int _next;
    private ulong _buffer;
    private int _buffered;

    public BitSource(ReadOnlySpan<byte> bytes, FitBaseType baseType, bool bigEndian)
    {
        _bytes = bytes;
        _elementSize = Math.Max(1, FitBaseTypes.SizeOf((int)baseType));
        _bigEndian = bigEndian;
    }

    /// <summary>A source holding one value already in hand (an expanded component expanding further).</summary>
    public BitSource(ulong value)
    {
        _bytes = [];
        _elementSize = 8;
        _buffer = value;
        _buffered = 64;
    }

    public bool TryRead(int bits, out ulong value)
    {
        if (bits is <= 0 or > 32)
        {
            value = 0;
            return false;
        }

        // Elements are at most 8 bytes; with fewer than 32 bits buffered, a 4-byte element always fits.
        while (_buffered < bits && _next + _elementSize <= _bytes.Length && _elementSize <= 4)
        {
            var element = RawValues.ReadBits(_bytes.Slice(_next, _elementSize), _bigEndian);
            _buffer |= element << _buffered;
            _buffered += _elementSize * 8;
            _next += _elementSize;
        }

        if (_buffered < bits)
        {
            value = 0;
            return false;
        }

        value = _buffer & ((1UL << bits) - 1);
        _buffer = bits == 64 ? 0 : _buffer >> bits;
        _buffered -= bits;
        return true;
    }
}
