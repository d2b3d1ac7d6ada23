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
public sealed partial class FitMessage
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
}
