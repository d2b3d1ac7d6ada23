using RunnerStrength.Fit.Profile;

namespace RunnerStrength.Fit.Decoding;

/// <summary>One field of a definition: where it sits in the data message and what it is.</summary>
internal readonly record struct FieldPlan(
    byte Number,
    int Offset,
    int Size,
    FitBaseType BaseType,
    int ElementSize,
    FieldDescriptor Descriptor,
    FieldProfile? Profile,
    SimpleExpansion? Expansion = null)
{
    /// <summary>The base type's invalid pattern, looked up once per definition rather than per value.</summary>
    public ulong InvalidBits { get; } = RawValues.InvalidBits(BaseType);

    /// <summary>Elements in the field (a division done once per definition, not per value).</summary>
    public int ElementCount { get; } = BaseType == FitBaseType.String ? 1 : Size / ElementSize;

    /// <summary>What the field needs beyond being copied.</summary>
    public FieldFlags Flags { get; init; } =
        (Size == ElementSize && BaseType != FitBaseType.String ? FieldFlags.Single : FieldFlags.None)
        | (Number == 253 && Size == 4 ? FieldFlags.Timestamp : FieldFlags.None)
        | (Profile is { AccumulatorSlot: >= 0 } ? FieldFlags.Accumulated : FieldFlags.None)
        | (Profile is { Components.Length: > 0 } or { SubFields.Length: > 0 } ? FieldFlags.Pending : FieldFlags.None);
}
