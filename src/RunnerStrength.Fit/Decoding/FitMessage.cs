using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using RunnerStrength.Fit.Profile;

namespace RunnerStrength.Fit.Decoding;

/// <summary>
/// One decoded data message: its global number and the fields that are present (invalid values are
/// left out, as the official SDK does). The decoder reuses one instance for every message; a sink
/// that keeps a message must call <see cref="Snapshot"/>.
/// </summary>
/// <remarks>
/// Fields read from the file are kept as indexes into their definition's field plans (one small store
/// per field, the decoder's hottest); values are converted when asked. Expanded, developer and
/// compressed-timestamp fields are "extras" with their own slots.
/// </remarks>
public sealed class FitMessage
{
    private const ushort ExpansionOf = 0x8000;

    private FieldPlan[] _plans = [];
    private int _base;
    private bool _bigEndian;
    private ushort[] _present = new ushort[2 * MessageLayout.MaxFields];
    private int _presentCount;
    private FieldSlot[] _extras;
    private FieldDescriptor[] _extraDescriptors;
    private int _extraCount;
    private byte[] _data = [];

    internal FitMessage(int extraCapacity = 64)
    {
        _extras = new FieldSlot[extraCapacity];
        _extraDescriptors = new FieldDescriptor[extraCapacity];
    }

    /// <summary>The global message number (e.g. 20 for record).</summary>
    public ushort GlobalNumber { get; private set; }

    /// <summary>The profile name (e.g. <c>record</c>), or <c>unknown_N</c>.</summary>
    public string Name { get; private set; } = "";

    /// <summary>True when the profile knows this message.</summary>
    public bool IsKnown => Profile is not null;

    /// <summary>Byte offset of the message's record header in the file.</summary>
    public long Offset { get; private set; }

    /// <summary>True when at least one developer field is present.</summary>
    public bool HasDeveloperFields { get; private set; }

    /// <summary>The present fields: those read from the file in definition order, then the others.</summary>
    public FitFieldList Fields => new(this);

    internal int Count => _presentCount + _extraCount;

    internal byte[] Data => _data;

    internal bool IsBigEndian => _bigEndian;

    internal MessageProfile? Profile { get; private set; }

    /// <summary>The profile field (not a developer field) with this number.</summary>
    public bool TryGetField(byte number, out FitField field)
    {
        var index = IndexOf(number);
        field = index >= 0 ? new FitField(this, index) : default;
        return index >= 0;
    }

    /// <summary>The scaled value of field <paramref name="number"/>, or null when absent.</summary>
    public double? GetValue(byte number) => TryGetField(number, out var field) ? field.Value : null;

    /// <summary>The raw value of field <paramref name="number"/>, or null when absent.</summary>
    public long? GetRaw(byte number) => TryGetField(number, out var field) ? field.GetRaw() : null;

    /// <summary>The text of field <paramref name="number"/>, or null when absent.</summary>
    public string? GetString(byte number) => TryGetField(number, out var field) ? field.GetString() : null;

    /// <summary>A copy that stays valid after the decoder moves on.</summary>
    public FitMessage Snapshot()
    {
        var copy = new FitMessage(Math.Max(_extraCount, 1))
        {
            _plans = (FieldPlan[])_plans.Clone(),
            _base = _base,
            _bigEndian = _bigEndian,
            _present = _present[.._presentCount],
            _presentCount = _presentCount,
            _extraCount = _extraCount,
            _data = _data,
            GlobalNumber = GlobalNumber,
            Name = Name,
            Profile = Profile,
            Offset = Offset,
            HasDeveloperFields = HasDeveloperFields,
        };
        Array.Copy(_extras, copy._extras, _extraCount);
        Array.Copy(_extraDescriptors, copy._extraDescriptors, _extraCount);
        return copy;
    }

    internal FitField FieldAt(int index)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)Count, nameof(index));
        return new FitField(this, index);
    }

    /// <summary>Where field <paramref name="index"/>'s value is, or the value itself when it was expanded.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal FieldSlot SlotAt(int index)
    {
        if (index >= _presentCount)
        {
            return _extras[index - _presentCount];
        }

        var entry = _present[index];
        ref readonly var plan = ref _plans[entry & ~ExpansionOf];
        var at = _base + plan.Offset;
        var bits = plan.BaseType == FitBaseType.String ? 0 : RawValues.ReadElement(_data, at, plan, _bigEndian);
        if ((entry & ExpansionOf) != 0)
        {
            var simple = plan.Expansion!;
            return new FieldSlot { IsComputed = true, Computed = ((bits & simple.Mask) / simple.Scale) - simple.Offset, Count = 1 };
        }

        return new FieldSlot
        {
            Offset = at,
            Size = plan.Size,
            Count = plan.ElementCount,
            BaseType = plan.BaseType,
            ElementSize = (byte)plan.ElementSize,
            BigEndian = _bigEndian,
            FirstBits = bits,
            FirstValid = bits != plan.InvalidBits,
        };
    }

    /// <summary>
    /// Converts every element of every field to its scaled value (strings to their text) and sums them into
    /// <paramref name="checksum"/>: the whole work of a full reader, for <see cref="ScaledValueSink"/>, done
    /// per plan instead of through a <see cref="FitField"/> per call.
    /// </summary>
    internal long ConvertAll(out double checksum)
    {
        // A local sum: adding through a reference would chain every value through memory.
        var sum = 0.0;
        var values = 0L;
        var data = _data;
        var bigEndian = _bigEndian;
        ref var plans = ref MemoryMarshal.GetArrayDataReference(_plans);
        var present = _present.AsSpan(0, _presentCount);
        for (var i = 0; i < present.Length; i++)
        {
            var entry = present[i];
            // Entries index the definition's plans, which the decoder filled: no bounds check needed.
            ref readonly var plan = ref Unsafe.Add(ref plans, entry & ~ExpansionOf);
            var at = _base + plan.Offset;
            if (plan.BaseType == FitBaseType.String)
            {
                sum += new FitField(this, i).GetString()?.Length ?? 0;
                values++;
                continue;
            }

            var bits = RawValues.ReadElement(data, at, plan, bigEndian);
            if ((entry & ExpansionOf) != 0)
            {
                var simple = plan.Expansion!;
                sum += ((bits & simple.Mask) / simple.Scale) - simple.Offset;
                values++;
                continue;
            }

            if (plan.ElementCount == 1 && plan.IsPlainUnsigned)
            {
                // Most fields: one unsigned value, present (an invalid one never reaches the message).
                sum += plan.IsScaled ? ((long)bits / plan.Scale) - plan.ScaleOffset : (long)bits;
                values++;
                continue;
            }

            for (var element = 0; element < plan.ElementCount; element++)
            {
                if (element > 0)
                {
                    bits = RawValues.ReadBitsUnchecked(data, at + (element * plan.ElementSize), plan.ElementSize, bigEndian);
                }

                if (bits != plan.InvalidBits)
                {
                    var raw = RawValues.ToNumber(bits, plan.BaseType);
                    sum += plan.IsScaled ? (raw / plan.Scale) - plan.ScaleOffset : raw;
                }
            }

            values += plan.ElementCount;
        }

        for (var i = _presentCount; i < Count; i++)
        {
            var field = new FitField(this, i);
            var count = field.Count;
            if (field.BaseType == FitBaseType.String)
            {
                sum += field.GetString()?.Length ?? 0;
            }
            else
            {
                for (var element = 0; element < count; element++)
                {
                    sum += field.GetValue(element) ?? 0;
                }
            }

            values += count;
        }

        checksum = sum;
        return values;
    }

    /// <summary>The fast path of <see cref="FitField.GetValue"/>: straight from the plan for fields read from the file.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool TryGetValueFast(int index, int element, out double? value)
    {
        if (index < _presentCount && element == 0)
        {
            var entry = _present[index];
            ref readonly var plan = ref _plans[entry & ~ExpansionOf];
            if (plan.BaseType != FitBaseType.String)
            {
                var bits = RawValues.ReadElement(_data, _base + plan.Offset, plan, _bigEndian);
                if ((entry & ExpansionOf) != 0)
                {
                    var simple = plan.Expansion!;
                    value = ((bits & simple.Mask) / simple.Scale) - simple.Offset;
                }
                else if (bits == plan.InvalidBits)
                {
                    value = null;
                }
                else
                {
                    var raw = RawValues.ToNumber(bits, plan.BaseType);
                    var descriptor = plan.Descriptor;
                    value = descriptor.IsScaled ? (raw / descriptor.Scale) - descriptor.Offset : raw;
                }

                return true;
            }
        }

        value = null;
        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal int CountAt(int index)
    {
        if (index >= _presentCount)
        {
            return _extras[index - _presentCount].Count;
        }

        var entry = _present[index];
        return (entry & ExpansionOf) != 0 ? 1 : _plans[entry].ElementCount;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal FitBaseType BaseTypeAt(int index)
    {
        if (index >= _presentCount)
        {
            ref readonly var extra = ref _extras[index - _presentCount];
            return extra.IsComputed ? FitBaseType.Float64 : extra.BaseType;
        }

        var entry = _present[index];
        return (entry & ExpansionOf) != 0 ? FitBaseType.Float64 : _plans[entry].BaseType;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal FieldDescriptor DescriptorAt(int index)
    {
        if (index >= _presentCount)
        {
            return _extraDescriptors[index - _presentCount];
        }

        var entry = _present[index];
        ref readonly var plan = ref _plans[entry & ~ExpansionOf];
        return (entry & ExpansionOf) != 0 ? plan.Expansion!.Target : plan.Descriptor;
    }

    /// <summary>The index of the profile field with this number (optionally only one read from the file), or -1.</summary>
    internal int IndexOf(byte number, bool readOnly = false)
    {
        for (var i = 0; i < Count; i++)
        {
            var descriptor = DescriptorAt(i);
            if (descriptor.Number == number && !descriptor.IsDeveloper && !(readOnly && IsExpanded(i)))
            {
                return i;
            }
        }

        return -1;
    }

    internal void Reset(MessageLayout layout, int position, long offset, byte[] data)
    {
        GlobalNumber = layout.GlobalNumber;
        Name = layout.Name;
        Profile = layout.Profile;
        Offset = offset;
        HasDeveloperFields = false;
        _presentCount = 0;
        _extraCount = 0;
        _base = position;
        _bigEndian = layout.BigEndian;
        if (!ReferenceEquals(_plans, layout.Fields))
        {
            _plans = layout.Fields;
        }

        if (!ReferenceEquals(_data, data))
        {
            _data = data;
        }
    }

    /// <summary>Plan <paramref name="plan"/> of the definition is present in this message.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void AddPresent(int plan) => _present[_presentCount++] = (ushort)plan;

    /// <summary>Plan <paramref name="plan"/> is present and fills its simple expansion's target too.</summary>
    internal void AddPresentWithExpansion(int plan)
    {
        _present[_presentCount++] = (ushort)plan;
        _present[_presentCount++] = (ushort)(plan | ExpansionOf);
    }

    internal void AddRead(FieldDescriptor descriptor, int offset, int size, int count, FitBaseType baseType, int elementSize, bool bigEndian, ulong firstBits, bool firstValid)
    {
        ref var slot = ref NextExtra(descriptor);
        slot.Offset = offset;
        slot.Size = size;
        slot.Count = count;
        slot.BaseType = baseType;
        slot.ElementSize = (byte)elementSize;
        slot.BigEndian = bigEndian;
        slot.FirstBits = firstBits;
        slot.FirstValid = firstValid;
        slot.IsComputed = false;
    }

    internal void AddComputed(FieldDescriptor descriptor, double value)
    {
        ref var slot = ref NextExtra(descriptor);
        slot.Computed = value;
        slot.Count = 1;
        slot.IsComputed = true;
        slot.FirstValid = false;
    }

    internal void MarkDeveloperFields() => HasDeveloperFields = true;

    /// <summary>Gives an extra (a field read for sub-field or component resolution) its resolved meaning.</summary>
    internal void ReplaceDescriptor(int index, FieldDescriptor descriptor) => _extraDescriptors[index - _presentCount] = descriptor;

    private bool IsExpanded(int index) =>
        index < _presentCount ? (_present[index] & ExpansionOf) != 0 : _extras[index - _presentCount].IsComputed;

    private ref FieldSlot NextExtra(FieldDescriptor descriptor)
    {
        if (_extraCount == _extras.Length)
        {
            Array.Resize(ref _extras, _extras.Length * 2);
            Array.Resize(ref _extraDescriptors, _extraDescriptors.Length * 2);
        }

        if (!ReferenceEquals(_extraDescriptors[_extraCount], descriptor))
        {
            _extraDescriptors[_extraCount] = descriptor;
        }

        return ref _extras[_extraCount++];
    }
}
