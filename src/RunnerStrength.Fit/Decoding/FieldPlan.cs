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
    FieldProfile? Profile);
