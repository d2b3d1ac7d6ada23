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

    /// <summary>Keeps an element's bytes of an 8-byte little-endian read.</summary>
    public ulong ValueMask { get; } = ElementSize >= 8 ? ulong.MaxValue : (1UL << (8 * ElementSize)) - 1;

    /// <summary>Brings an element's bytes down after an 8-byte big-endian read.</summary>
    public int BigEndianShift { get; } = 64 - (8 * Math.Clamp(ElementSize, 1, 8));

    /// <summary>The descriptor's conversion, kept beside the rest of the plan for the conversion loop.</summary>
    public bool IsScaled { get; } = Descriptor.IsScaled;

    /// <summary>See <see cref="FieldDescriptor.Scale"/>.</summary>
    public double Scale { get; } = Descriptor.Scale;

    /// <summary>See <see cref="FieldDescriptor.Offset"/>.</summary>
    public double ScaleOffset { get; } = Descriptor.Offset;

    /// <summary>An unsigned integer type up to 32 bits: converts to a number without a type switch.</summary>
    public bool IsPlainUnsigned { get; } = BaseType is FitBaseType.Enum or FitBaseType.UInt8 or FitBaseType.UInt16 or FitBaseType.UInt32
        or FitBaseType.UInt8z or FitBaseType.UInt16z or FitBaseType.UInt32z or FitBaseType.Byte;

    /// <summary>Elements in the field (a division done once per definition, not per value).</summary>
    public int ElementCount { get; } = BaseType == FitBaseType.String ? 1 : Size / ElementSize;

    /// <summary>What the field needs beyond being copied.</summary>
    public FieldFlags Flags { get; init; } =
        (Size == ElementSize && BaseType != FitBaseType.String ? FieldFlags.Single : FieldFlags.None)
        | (Number == 253 && Size == 4 ? FieldFlags.Timestamp : FieldFlags.None)
        | (Profile is { AccumulatorSlot: >= 0 } ? FieldFlags.Accumulated : FieldFlags.None)
        | (Profile is { Components.Length: > 0 } or { SubFields.Length: > 0 } ? FieldFlags.Pending : FieldFlags.None);
}
