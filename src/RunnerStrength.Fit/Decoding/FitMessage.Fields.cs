using System.Runtime.CompilerServices;
using RunnerStrength.Fit.Profile;

namespace RunnerStrength.Fit.Decoding;

public sealed partial class FitMessage
{
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
