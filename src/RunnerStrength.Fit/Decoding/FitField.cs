using System.Runtime.CompilerServices;
using System.Text;
using RunnerStrength.Fit.Profile;

namespace RunnerStrength.Fit.Decoding;

/// <summary>
/// One present field of a decoded message: a view over the file's bytes (or a value expanded from a
/// component), converted to its scaled value only when asked, so decoding allocates nothing per field.
/// </summary>
public readonly struct FitField
{
    private readonly byte[]? _data;
    private readonly int _offset;
    private readonly int _size;
    private readonly double _computed;
    private readonly ulong _firstBits;
    private readonly byte _elementSize;
    private readonly bool _firstValid;
    private readonly int _count;

    internal FitField(FieldDescriptor descriptor, byte[] data, int offset, int size, int count, FitBaseType baseType, int elementSize, bool bigEndian, ulong firstBits, bool firstValid)
    {
        _firstValid = firstValid;
        _count = count;
        Descriptor = descriptor;
        _data = data;
        _offset = offset;
        _size = size;
        BaseType = baseType;
        IsBigEndian = bigEndian;
        _computed = 0;
        _elementSize = (byte)elementSize;
        _firstBits = firstBits;
    }

    internal FitField(FieldDescriptor descriptor, double value)
    {
        Descriptor = descriptor;
        _computed = value;
        BaseType = FitBaseType.Float64;
        _data = null;
        _offset = 0;
        _size = 0;
        IsBigEndian = false;
        _elementSize = 8;
        _firstBits = 0;
        _firstValid = true;
        _count = 1;
    }

    /// <summary>Name, units, scale and offset.</summary>
    public FieldDescriptor Descriptor { get; }

    /// <summary>The base type the file declared for this field.</summary>
    public FitBaseType BaseType { get; }

    /// <summary>True when the value was expanded from another field's component rather than read.</summary>
    public bool IsExpanded => _data is null;

    internal bool IsBigEndian { get; }

    /// <summary>The field number.</summary>
    public byte Number => Descriptor.Number;

    /// <summary>The field name (see <see cref="FieldDescriptor.Name"/>).</summary>
    public string Name => Descriptor.Name;

    /// <summary>Number of elements: 1 for a single value or a string, more for arrays.</summary>
    public int Count => _count;

    /// <summary>The raw bytes as the file stores them (empty for expanded values).</summary>
    public ReadOnlySpan<byte> Bytes => _data is null ? [] : _data.AsSpan(_offset, _size);

    /// <summary>The first element's scaled value, or null when it is invalid or the field is text.</summary>
    public double? Value => GetValue(0);

    /// <summary>Element <paramref name="index"/> scaled (raw / scale - offset), or null when invalid or text.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double? GetValue(int index)
    {
        if (_data is null)
        {
            return index == 0 ? _computed : null;
        }

        if (index == 0 && BaseType != FitBaseType.String)
        {
            // The decoder read the first element already to see whether the field is present.
            if (!_firstValid)
            {
                return null;
            }

            var first = RawValues.ToNumber(_firstBits, BaseType);
            return Descriptor.IsScaled ? (first / Descriptor.Scale) - Descriptor.Offset : first;
        }

        if (!TryGetBits(index, out var bits))
        {
            return null;
        }

        var raw = RawValues.ToNumber(bits, BaseType);
        return Descriptor.IsScaled ? (raw / Descriptor.Scale) - Descriptor.Offset : raw;
    }

    /// <summary>Element <paramref name="index"/> as stored, before scale and offset, or null when invalid.</summary>
    public long? GetRaw(int index = 0)
    {
        if (_data is null)
        {
            return index == 0 ? (long)Math.Round((_computed + Descriptor.Offset) * Descriptor.Scale) : null;
        }

        return TryGetBits(index, out var bits) ? RawValues.ToInteger(bits, BaseType) : null;
    }

    /// <summary>Every element's scaled value, invalid ones as null in place.</summary>
    public double?[] GetValues()
    {
        var values = new double?[Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = GetValue(i);
        }

        return values;
    }

    /// <summary>The text up to the first NUL (or all of it when unterminated); invalid UTF-8 becomes U+FFFD.</summary>
    public string? GetString()
    {
        if (_data is null || BaseType != FitBaseType.String)
        {
            return null;
        }

        var bytes = Bytes;
        var end = bytes.IndexOf((byte)0);
        var text = end < 0 ? bytes : bytes[..end];
        return text.IsEmpty ? null : Encoding.UTF8.GetString(text);
    }

    /// <inheritdoc/>
    public override string ToString() => GetString() ?? Value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "";

    private bool TryGetBits(int index, out ulong bits)
    {
        if (index == 0 && BaseType != FitBaseType.String && _size >= _elementSize)
        {
            bits = _firstBits;
            return _firstValid;
        }

        if (BaseType == FitBaseType.String || (uint)index >= (uint)_count)
        {
            bits = 0;
            return false;
        }
        else
        {
            bits = RawValues.ReadBits(_data.AsSpan(_offset + (index * _elementSize), _elementSize), IsBigEndian);
        }

        return RawValues.IsValid(bits, BaseType);
    }
}
