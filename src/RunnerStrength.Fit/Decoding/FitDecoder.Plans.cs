using RunnerStrength.Fit.Profile;

namespace RunnerStrength.Fit.Decoding;

public static partial class FitDecoder
{
    /// <summary>What a field beyond a plain copy needs; returns the new count of pending expansions.</summary>
    private static int Special(FitMessage message, DecoderState state, in FieldPlan plan, int index, int at, ulong bits, int pending)
    {
        if ((plan.Flags & FieldFlags.Timestamp) != 0)
        {
            state.LastTimestamp = (uint)bits;
        }

        if ((plan.Flags & FieldFlags.Accumulated) != 0)
        {
            state.Accumulator.Set(plan.Profile!.AccumulatorSlot, RawValues.ToInteger(bits, plan.BaseType));
        }

        if ((plan.Flags & FieldFlags.SimpleExpansion) != 0)
        {
            message.AddPresentWithExpansion(index);
        }
        else if ((plan.Flags & FieldFlags.Pending) != 0)
        {
            // Sub-fields and components are resolved once the whole message is read: keep it as an extra.
            message.AddRead(plan.Descriptor, at, plan.Size, plan.ElementCount, plan.BaseType, plan.ElementSize, message.IsBigEndian, bits, bits != plan.InvalidBits);
            state.Pending[pending++] = index;
        }
        else
        {
            message.AddPresent(index);
        }

        return pending;
    }

    /// <summary>
    /// Most packed fields are a 16-bit field with one component filling its 32-bit "enhanced" twin
    /// (speed, altitude). Those expand with a mask and a scale instead of the general bit walk.
    /// </summary>
    private static void PlanSimpleExpansions(MessageLayout layout)
    {
        for (var i = 0; i < layout.FieldCount; i++)
        {
            ref var plan = ref layout.Fields[i];
            if (plan.Profile is not { Components: [var component], SubFields: [] }
                || layout.Profile!.Field(component.TargetField) is not { } target
                || target.IsAccumulated || target.Components.Length > 0
                || plan.Size != plan.ElementSize || component.Bits > plan.ElementSize * 8 || plan.BaseType is FitBaseType.Float32 or FitBaseType.Float64
                || Declares(layout, target.Number))
            {
                continue;
            }

            plan = plan with
            {
                Expansion = plan.Profile.SimpleExpansion ??= new SimpleExpansion(target.Descriptor, component),
                Flags = (plan.Flags & ~FieldFlags.Pending) | FieldFlags.SimpleExpansion,
            };
        }
    }

    private static bool Declares(MessageLayout layout, byte number)
    {
        for (var i = 0; i < layout.FieldCount; i++)
        {
            if (layout.Fields[i].Number == number)
            {
                return true;
            }
        }

        return false;
    }
}
