using RunnerStrength.Fit.Profile;

namespace RunnerStrength.Fit.Decoding;

public static partial class FitDecoder
{
    /// <summary>
    /// Adds the developer fields that a field_description has described; undescribed ones are skipped by
    /// their declared size (fit-protocol.md, section 7).
    /// </summary>
    private static void AddDeveloperFields(byte[] file, int position, MessageLayout layout, FitMessage message, DecoderState state)
    {
        for (var i = 0; i < layout.DeveloperFieldCount; i++)
        {
            ref var plan = ref layout.DeveloperFields[i];
            if (plan.Version != state.DescriptionVersion)
            {
                // Look the description up once per definition, again only after a new field_description.
                plan.Described = state.DeveloperFields.GetValueOrDefault(DeveloperKey(plan.DeveloperIndex, plan.Number));
                plan.Version = state.DescriptionVersion;
            }

            if (plan.Described is not { } developer)
            {
                continue;
            }

            var elementSize = FitBaseTypes.SizeOf((int)developer.BaseType);
            var fieldPlan = new FieldPlan(plan.Number, plan.Offset, plan.Size, developer.BaseType, elementSize, developer.Descriptor, null);
            if (IsPresent(file, position + plan.Offset, fieldPlan, layout.BigEndian, out var bits))
            {
                message.AddRead(developer.Descriptor, position + plan.Offset, plan.Size, fieldPlan.ElementCount, developer.BaseType, elementSize, layout.BigEndian, bits, bits != fieldPlan.InvalidBits);
                message.MarkDeveloperFields();
            }
        }
    }

    /// <summary>Records a field_description (global 206) so later developer fields get a type, name and units.</summary>
    private static void DescribeDeveloperField(FitMessage message, DecoderState state)
    {
        if (message.GetRaw(0) is not { } index || message.GetRaw(1) is not { } number || message.GetRaw(2) is not { } baseTypeByte
            || index is < 0 or > 255 || number is < 0 or > 255)
        {
            return;
        }

        var baseType = (FitBaseType)(baseTypeByte & 0x1F);
        if (FitBaseTypes.SizeOf((int)baseType) == 0)
        {
            return;
        }

        var name = message.GetString(3) ?? $"developer_{index}_{number}";
        var units = message.GetString(8) ?? "";
        var scale = message.GetRaw(6) is { } s && s != 0 ? s : 1;
        var offset = message.GetRaw(7) ?? 0;
        var descriptor = new FieldDescriptor((byte)number, name, "developer", units, scale, offset, isDeveloper: true);
        state.DeveloperFields[DeveloperKey((byte)index, (byte)number)] = new DeveloperField(descriptor, baseType);
        state.DescriptionVersion++;
    }

    private static int DeveloperKey(byte developerIndex, byte fieldNumber) => (developerIndex << 8) | fieldNumber;
}
