using RunnerStrength.Fit.Profile;

namespace RunnerStrength.Fit.Decoding;

public static partial class FitDecoder
{
    private const int MaxExpansionDepth = 4;

    /// <summary>
    /// Resolves sub-fields (a field whose meaning depends on another field of the message) and
    /// expands components (bit-packed fields that fill other fields), fit-protocol.md section 6.
    /// </summary>
    private static void Expand(FitMessage message, MessageLayout layout, int pending, DecoderState state)
    {
        for (var p = 0; p < pending; p++)
        {
            var plan = layout.Fields[state.Pending[p]];
            var index = message.IndexOf(plan.Number, readOnly: true);
            if (index < 0 || plan.Profile is not { } profile)
            {
                continue;
            }

            var components = profile.Components;
            if (profile.SubFields.Length > 0 && ResolveSubField(message, profile) is { } sub)
            {
                message.ReplaceDescriptor(index, sub.Descriptor);
                components = sub.Components;
            }

            if (components.Length > 0)
            {
                var field = message.FieldAt(index);
                var source = new BitSource(field.Bytes, field.BaseType, field.IsBigEndian);
                ExpandComponents(message, layout.Profile!, components, ref source, state, 0);
            }
        }
    }

    private static void ExpandComponents(FitMessage message, MessageProfile profile, ComponentProfile[] components, ref BitSource source, DecoderState state, int depth)
    {
        foreach (var component in components)
        {
            if (!source.TryRead(component.Bits, out var bits))
            {
                return;
            }

            if (profile.Field(component.TargetField) is not { } target)
            {
                continue;
            }

            var raw = (long)bits;
            if (target.AccumulatorSlot >= 0)
            {
                raw = state.Accumulator.Accumulate(target.AccumulatorSlot, raw, component.Bits);
            }

            var value = (raw / component.Scale) - component.Offset;
            if (message.IndexOf(target.Number) < 0)
            {
                message.AddComputed(target.Descriptor, value);
            }

            // A target that is itself packed (speed -> enhanced_speed) expands from its own raw form.
            if (target.Components.Length > 0 && depth < MaxExpansionDepth)
            {
                var targetRaw = Math.Round((value + target.Offset) * target.Scale);
                if (targetRaw is >= 0 and < ulong.MaxValue)
                {
                    var inner = new BitSource((ulong)targetRaw);
                    ExpandComponents(message, profile, target.Components, ref inner, state, depth + 1);
                }
            }
        }
    }

    private static SubFieldProfile? ResolveSubField(FitMessage message, FieldProfile profile)
    {
        foreach (var sub in profile.SubFields)
        {
            foreach (var condition in sub.When)
            {
                if (condition.ReferenceFieldNumber >= 0
                    && message.TryGetField((byte)condition.ReferenceFieldNumber, out var reference)
                    && reference.GetRaw() == condition.Value)
                {
                    return sub;
                }
            }
        }

        return null;
    }
}
