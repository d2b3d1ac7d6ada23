using RunnerStrength.Fit.Profile;

namespace RunnerStrength.Fit.Decoding;

/// <summary>A field with one component that fills another field: value = (bits &amp; mask) / scale - offset.</summary>
internal sealed record SimpleExpansion(FieldDescriptor Target, ulong Mask, double Scale, double Offset)
{
    public SimpleExpansion(FieldDescriptor target, ComponentProfile component)
        : this(target, component.Bits >= 64 ? ulong.MaxValue : (1UL << component.Bits) - 1, component.Scale, component.Offset)
    {
    }
}
