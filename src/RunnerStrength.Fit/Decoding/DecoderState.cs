namespace RunnerStrength.Fit.Decoding;

/// <summary>
/// The decoder's working memory, kept per thread and reused from file to file, so decoding allocates
/// close to nothing whatever the file's headers claim.
/// </summary>
internal sealed class DecoderState
{
    [ThreadStatic]
    private static DecoderState? _cached;

    public readonly MessageLayout[] Layouts = CreateLayouts();
    public readonly bool[] Defined = new bool[16];
    public readonly FitMessage Message = new(4 * MessageLayout.MaxFields);
    public readonly Dictionary<int, DeveloperField> DeveloperFields = [];
    public readonly Accumulator Accumulator = new();
    public readonly List<FitDecodeError> Errors = [];
    public int[] Pending = new int[MessageLayout.MaxFields];
    public uint LastTimestamp;

    /// <summary>Raised by every field_description, so definitions know to look their developer fields up again.</summary>
    public int DescriptionVersion = 1;

    // Statistics over the whole file.
    public int DataMessages;
    public int Definitions;
    public int BigEndianDefinitions;
    public int DefinitionsWithDeveloperFields;
    public int Redefinitions;
    public int CompressedTimestampMessages;
    public int BytesDecoded;

    public static DecoderState Rent()
    {
        var state = _cached ?? new DecoderState();
        _cached = null;
        state.ResetFile();
        return state;
    }

    public static void Return(DecoderState state) => _cached = state;

    /// <summary>A new FIT unit starts with no definitions, developer fields or running totals.</summary>
    public void ResetUnit()
    {
        Array.Clear(Defined);
        DeveloperFields.Clear();
        Accumulator.Clear();
        LastTimestamp = 0;
        DescriptionVersion++;
    }

    private void ResetFile()
    {
        ResetUnit();
        Errors.Clear();
        DataMessages = Definitions = BigEndianDefinitions = DefinitionsWithDeveloperFields = Redefinitions = CompressedTimestampMessages = BytesDecoded = 0;
    }

    private static MessageLayout[] CreateLayouts()
    {
        var layouts = new MessageLayout[16];
        for (var i = 0; i < layouts.Length; i++)
        {
            layouts[i] = new MessageLayout();
        }

        return layouts;
    }
}
