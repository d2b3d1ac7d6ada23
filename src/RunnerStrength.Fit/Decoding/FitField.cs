using System.Runtime.CompilerServices;
using System.Text;
using RunnerStrength.Fit.Profile;

namespace RunnerStrength.Fit.Decoding;

/// <summary>
/// One present field of a decoded message: a handle on the message's slot for it, converted to its
/// scaled value only when asked, so decoding allocates nothing per field. Valid as long as the message
/// it came from (the decoder reuses its message; use <see cref="FitMessage.Snapshot"/> to keep one).
/// </summary>
public readonly struct FitField
{
    private readonly FitMessage _message;
    private readonly int _index;

    internal FitField(FitMessage message, int index)
    {
        _message = message;
        _index = index;
    }

    /// <summary>Name, units, scale and offset.</summary>
    public FieldDescriptor Descriptor => _message.DescriptorAt(_index);

    /// <summary>The base type the file declared for this field (<see cref="FitBaseType.Float64"/> for expanded values).</summary>
    public FitBaseType BaseType => _message.BaseTypeAt(_index);

    /// <summary>True when the value was expanded from another field's component rather than read.</summary>
    public bool IsExpanded => Slot.IsComputed;

    /// <summary>The field number.</summary>
    public byte Number => Descriptor.Number;

    /// <summary>The field name (see <see cref="FieldDescriptor.Name"/>).</summary>
    public string Name => Descriptor.Name;

    /// <summary>Number of elements: 1 for a single value or a string, more for arrays.</summary>
    public int Count => _message.CountAt(_index);

    /// <summary>The raw bytes as the file stores them (empty for expanded values).</summary>
    public ReadOnlySpan<byte> Bytes
    {
        get
        {
            var slot = Slot;
            return slot.IsComputed ? [] : _message.Data.AsSpan(slot.Offset, slot.Size);
        }
    }

    /// <summary>The first element's scaled value, or null when it is invalid or the field is text.</summary>
    public double? Value => GetValue(0);

    internal bool IsBigEndian => Slot.BigEndian;

    private FieldSlot Slot => _message.SlotAt(_index);

    /// <summary>Element <paramref name="index"/> scaled (raw / scale - offset), or null when invalid or text.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double? GetValue(int index)
    {
        if (_message.TryGetValueFast(_index, index, out var value))
        {
            return value;
        }

        var slot = Slot;
        if (index == 0 && slot.FirstValid)
        {
            // The decoder read the first element already to see whether the field is present.
            return Scale(slot.FirstBits, slot.BaseType);
        }

        return GetValueSlow(slot, index);
    }

    /// <summary>Element <paramref name="index"/> as stored, before scale and offset, or null when invalid.</summary>
    public long? GetRaw(int index = 0)
    {
        var slot = Slot;
        if (slot.IsComputed)
        {
            var descriptor = Descriptor;
            return index == 0 ? (long)Math.Round((slot.Computed + descriptor.Offset) * descriptor.Scale) : null;
        }

        return TryGetBits(slot, index, out var bits) ? RawValues.ToInteger(bits, slot.BaseType) : null;
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
        var slot = Slot;
        if (slot.IsComputed || slot.BaseType != FitBaseType.String)
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

    private double? GetValueSlow(in FieldSlot slot, int index)
    {
        if (slot.IsComputed)
        {
            return index == 0 ? slot.Computed : null;
        }

        return TryGetBits(slot, index, out var bits) ? Scale(bits, slot.BaseType) : null;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private double Scale(ulong bits, FitBaseType baseType)
    {
        var raw = RawValues.ToNumber(bits, baseType);
        var descriptor = Descriptor;
        return descriptor.IsScaled ? (raw / descriptor.Scale) - descriptor.Offset : raw;
    }

    private bool TryGetBits(in FieldSlot slot, int index, out ulong bits)
    {
        if (slot.BaseType == FitBaseType.String || (uint)index >= (uint)slot.Count)
        {
            bits = 0;
            return false;
        }

        if (index == 0)
        {
            bits = slot.FirstBits;
            return slot.FirstValid;
        }

        bits = RawValues.ReadBits(_message.Data.AsSpan(slot.Offset + (index * slot.ElementSize), slot.ElementSize), slot.BigEndian);
        return RawValues.IsValid(bits, slot.BaseType);
    }
}
