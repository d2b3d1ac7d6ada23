using RunnerStrength.Fit.Profile;

namespace RunnerStrength.Fit.Decoding;

/// <summary>
/// One decoded data message: its global number and the fields that are present (invalid values are
/// left out, as the official SDK does). The decoder reuses one instance for every message; a sink
/// that keeps a message must call <see cref="Snapshot"/>.
/// </summary>
public sealed class FitMessage
{
    private FitField[] _fields;
    private int _count;

    internal FitMessage(int capacity = 64) => _fields = new FitField[capacity];

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

    internal MessageProfile? Profile { get; private set; }

    /// <summary>The present fields in file order, expanded components after them.</summary>
    public ReadOnlySpan<FitField> Fields => _fields.AsSpan(0, _count);

    /// <summary>The profile field (not a developer field) with this number.</summary>
    public bool TryGetField(byte number, out FitField field)
    {
        foreach (var candidate in Fields)
        {
            if (candidate.Number == number && !candidate.Descriptor.IsDeveloper)
            {
                field = candidate;
                return true;
            }
        }

        field = default;
        return false;
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
        var copy = new FitMessage(Math.Max(_count, 1));
        copy.Reset(GlobalNumber, Name, Profile, Offset);
        Fields.CopyTo(copy._fields);
        copy._count = _count;
        copy.HasDeveloperFields = HasDeveloperFields;
        return copy;
    }

    internal bool Contains(byte number)
    {
        foreach (var field in Fields)
        {
            if (field.Number == number && !field.Descriptor.IsDeveloper)
            {
                return true;
            }
        }

        return false;
    }

    internal void Reset(ushort globalNumber, string name, MessageProfile? profile, long offset)
    {
        GlobalNumber = globalNumber;
        Name = name;
        Profile = profile;
        Offset = offset;
        HasDeveloperFields = false;
        _count = 0;
    }

    internal void Add(in FitField field)
    {
        if (_count == _fields.Length)
        {
            Array.Resize(ref _fields, _fields.Length * 2);
        }

        _fields[_count++] = field;
        HasDeveloperFields |= field.Descriptor.IsDeveloper;
    }

    internal void Replace(int index, in FitField field) => _fields[index] = field;

    internal ref readonly FitField this[int index] => ref _fields[index];
}
