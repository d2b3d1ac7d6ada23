namespace RunnerStrength.Fit.Profile;

/// <summary>One field of a profile message: its type, scale, offset and units, and how it expands.</summary>
internal sealed record FieldProfile(
    byte Number,
    string Name,
    string TypeName,
    FitBaseType BaseType,
    bool IsArray,
    bool IsAccumulated,
    double Scale,
    double Offset,
    string Units,
    ComponentProfile[] Components,
    SubFieldProfile[] SubFields)
{
    public FieldDescriptor Descriptor { get; } = new(Number, Name, TypeName, Units, Scale, Offset);

    /// <summary>For accumulated fields, the index of its running total in the decoder's accumulator; otherwise -1.</summary>
    public int AccumulatorSlot { get; set; } = -1;

    /// <summary>The decoder's fast expansion for this field, made on first use and shared by every definition.</summary>
    public Decoding.SimpleExpansion? SimpleExpansion { get; set; }
}
