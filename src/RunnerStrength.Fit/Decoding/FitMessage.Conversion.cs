using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using RunnerStrength.Fit.Profile;

namespace RunnerStrength.Fit.Decoding;

public sealed partial class FitMessage
{
    /// <summary>
    /// Converts every element of every field to its scaled value (strings to their text) and sums them into
    /// <paramref name="checksum"/>: the whole work of a full reader, for <see cref="ScaledValueSink"/>, done
    /// per plan instead of through a <see cref="FitField"/> per call.
    /// </summary>
    internal long ConvertAll(out double checksum)
    {
        // A local sum: adding through a reference would chain every value through memory.
        var sum = 0.0;
        var values = 0L;
        var data = _data;
        var bigEndian = _bigEndian;
        ref var plans = ref MemoryMarshal.GetArrayDataReference(_plans);
        var present = _present.AsSpan(0, _presentCount);
        for (var i = 0; i < present.Length; i++)
        {
            var entry = present[i];
            // Entries index the definition's plans, which the decoder filled: no bounds check needed.
            ref readonly var plan = ref Unsafe.Add(ref plans, entry & ~ExpansionOf);
            var at = _base + plan.Offset;
            if (plan.BaseType == FitBaseType.String)
            {
                sum += new FitField(this, i).GetString()?.Length ?? 0;
                values++;
                continue;
            }

            var bits = RawValues.ReadElement(data, at, plan, bigEndian);
            if ((entry & ExpansionOf) != 0)
            {
                var simple = plan.Expansion!;
                sum += ((bits & simple.Mask) / simple.Scale) - simple.Offset;
                values++;
                continue;
            }

            if (plan.ElementCount == 1 && plan.IsPlainUnsigned)
            {
                // Most fields: one unsigned value, present (an invalid one never reaches the message).
                sum += plan.IsScaled ? ((long)bits / plan.Scale) - plan.ScaleOffset : (long)bits;
                values++;
                continue;
            }

            for (var element = 0; element < plan.ElementCount; element++)
            {
                if (element > 0)
                {
                    bits = RawValues.ReadBitsUnchecked(data, at + (element * plan.ElementSize), plan.ElementSize, bigEndian);
                }

                if (bits != plan.InvalidBits)
                {
                    var raw = RawValues.ToNumber(bits, plan.BaseType);
                    sum += plan.IsScaled ? (raw / plan.Scale) - plan.ScaleOffset : raw;
                }
            }

            values += plan.ElementCount;
        }

        for (var i = _presentCount; i < Count; i++)
        {
            var field = new FitField(this, i);
            var count = field.Count;
            if (field.BaseType == FitBaseType.String)
            {
                sum += field.GetString()?.Length ?? 0;
            }
            else
            {
                for (var element = 0; element < count; element++)
                {
                    sum += field.GetValue(element) ?? 0;
                }
            }

            values += count;
        }

        checksum = sum;
        return values;
    }

    /// <summary>The fast path of <see cref="FitField.GetValue"/>: straight from the plan for fields read from the file.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool TryGetValueFast(int index, int element, out double? value)
    {
        if (index < _presentCount && element == 0)
        {
            var entry = _present[index];
            ref readonly var plan = ref _plans[entry & ~ExpansionOf];
            if (plan.BaseType != FitBaseType.String)
            {
                var bits = RawValues.ReadElement(_data, _base + plan.Offset, plan, _bigEndian);
                if ((entry & ExpansionOf) != 0)
                {
                    var simple = plan.Expansion!;
                    value = ((bits & simple.Mask) / simple.Scale) - simple.Offset;
                }
                else if (bits == plan.InvalidBits)
                {
                    value = null;
                }
                else
                {
                    var raw = RawValues.ToNumber(bits, plan.BaseType);
                    var descriptor = plan.Descriptor;
                    value = descriptor.IsScaled ? (raw / descriptor.Scale) - descriptor.Offset : raw;
                }

                return true;
            }
        }

        value = null;
        return false;
    }
}
