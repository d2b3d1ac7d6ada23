using System.Runtime.CompilerServices;
using RunnerStrength.Fit.Profile;

namespace RunnerStrength.Fit.Decoding;

/// <summary>
/// One decoded data message: its global number and the fields that are present (invalid values are
/// left out, as the official SDK does). The decoder reuses one instance for every message; a sink
/// that keeps a message must call <see cref="Snapshot"/>.
/// </summary>
public sealed class FitMessage
{
    private FieldSlot[] _slots;
    private FieldDescriptor[] _descriptors;
    private byte[] _data = [];

    internal FitMessage(int capacity = 64)
    {
        _slots = new FieldSlot[capacity];
        _descriptors = new FieldDescriptor[capacity];
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

    /// <summary>The present fields.</summary>
    public FitFieldList Fields => new(this);

    internal int Count { get; private set; }

    internal MessageProfile? Profile { get; private set; }

    /// <summary>The profile field (not a developer field) with this number.</summary>
    public bool TryGetField(byte number, out FitField field)
    {
        var index = IndexOf(number);
        field = index >= 0 ? FieldAt(index) : default;
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
        var copy = new FitMessage(Math.Max(Count, 1));
        copy.Reset(GlobalNumber, Name, Profile, Offset, _data);
        Array.Copy(_slots, copy._slots, Count);
        Array.Copy(_descriptors, copy._descriptors, Count);
        copy.Count = Count;
        copy.HasDeveloperFields = HasDeveloperFields;
        return copy;
    }

    internal FitField FieldAt(int index)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)Count, nameof(index));
        return new FitField(this, index);
    }

    internal byte[] Data => _data;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal ref readonly FieldSlot SlotAt(int index) => ref _slots[index];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal FieldDescriptor DescriptorAt(int index) => _descriptors[index];

    /// <summary>The index of the profile field read from the file (not expanded) with this number, or -1.</summary>
    internal int IndexOf(byte number, bool readOnly = false)
    {
        for (var i = 0; i < Count; i++)
        {
            if (_descriptors[i].Number == number && !_descriptors[i].IsDeveloper && !(readOnly && _slots[i].IsComputed))
            {
                return i;
            }
        }

        return -1;
    }

    internal void Reset(ushort globalNumber, string name, MessageProfile? profile, long offset, byte[] data)
    {
        GlobalNumber = globalNumber;
        Name = name;
        Profile = profile;
        Offset = offset;
        HasDeveloperFields = false;
        Count = 0;
        if (!ReferenceEquals(_data, data))
        {
            _data = data;
        }
    }

    internal void AddRead(FieldDescriptor descriptor, int offset, int size, int count, FitBaseType baseType, int elementSize, bool bigEndian, ulong firstBits, bool firstValid)
    {
        ref var slot = ref Next(descriptor);
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
        ref var slot = ref Next(descriptor);
        slot.Computed = value;
        slot.IsComputed = true;
        slot.FirstValid = false;
    }

    internal void MarkDeveloperFields() => HasDeveloperFields = true;

    internal void ReplaceDescriptor(int index, FieldDescriptor descriptor) => _descriptors[index] = descriptor;

    private ref FieldSlot Next(FieldDescriptor descriptor)
    {
        if (Count == _slots.Length)
        {
            Array.Resize(ref _slots, _slots.Length * 2);
            Array.Resize(ref _descriptors, _descriptors.Length * 2);
        }

        // Messages of one layout repeat the same descriptors in the same places: skip the write barrier then.
        if (!ReferenceEquals(_descriptors[Count], descriptor))
        {
            _descriptors[Count] = descriptor;
        }

        return ref _slots[Count++];
    }
}
