using RunnerStrength.Fit.Profile;

namespace RunnerStrength.Fit.Decoding;

public static partial class FitDecoder
{
    private const byte TimestampField = 253;
    private const ushort FieldDescriptionMessage = 206;

    private static readonly FieldDescriptor CompressedTimestamp = new(TimestampField, "timestamp", "date_time", "s", 1, 0);

    /// <summary>Decodes the records in [start, end); a fault ends the unit with an error naming its offset.</summary>
    private static void DecodeRecords(byte[] file, int start, int end, IFitMessageSink? sink, DecoderState state)
    {
        var position = start;
        while (position < end)
        {
            var recordStart = position;
            var header = file[position++];
            if ((header & 0x80) != 0)
            {
                if (!DecodeData(file, ref position, end, recordStart, (header >> 5) & 0x03, header & 0x1F, sink, state))
                {
                    return;
                }

                state.CompressedTimestampMessages++;
            }
            else if ((header & 0x40) != 0)
            {
                if (!DecodeDefinition(file, ref position, end, recordStart, header, state))
                {
                    return;
                }
            }
            else if (!DecodeData(file, ref position, end, recordStart, header & 0x0F, -1, sink, state))
            {
                return;
            }

            state.BytesDecoded = position - start;
        }
    }

    private static bool DecodeDefinition(byte[] file, ref int position, int end, int recordStart, byte header, DecoderState state)
    {
        var hasDeveloperFields = (header & 0x20) != 0;
        if (position + 5 > end)
        {
            return Truncated(state, recordStart, "definition message", 6, end - recordStart);
        }

        var bigEndian = file[position + 1] == 1;
        var global = bigEndian
            ? (ushort)((file[position + 2] << 8) | file[position + 3])
            : (ushort)(file[position + 2] | (file[position + 3] << 8));
        var fieldCount = file[position + 4];
        var length = 5 + (3 * fieldCount);
        if (position + length + (hasDeveloperFields ? 1 : 0) > end)
        {
            return Truncated(state, recordStart, "definition message", length + 1, end - recordStart);
        }

        var developerCount = hasDeveloperFields ? file[position + length] : 0;
        var total = length + (hasDeveloperFields ? 1 + (3 * developerCount) : 0);
        if (position + total > end)
        {
            return Truncated(state, recordStart, "definition message", total + 1, end - recordStart);
        }

        var local = header & 0x0F;
        var layout = state.Layouts[local];
        var profile = FitProfile.Message(global);
        layout.GlobalNumber = global;
        layout.BigEndian = bigEndian;
        layout.Profile = profile;
        layout.Name = profile?.Name ?? MessageNames.Unknown(global);
        layout.FieldCount = 0;
        layout.DeveloperFieldCount = 0;
        layout.NeedsExpansion = false;
        var offset = 0;
        for (var i = 0; i < fieldCount; i++)
        {
            var at = position + 5 + (3 * i);
            var number = file[at];
            var size = file[at + 1];
            var baseType = (FitBaseType)(file[at + 2] & 0x1F);
            var elementSize = FitBaseTypes.SizeOf((int)baseType);
            if (elementSize == 0)
            {
                baseType = FitBaseType.Byte; // An unknown base type: keep the bytes, never misalign the rest.
                elementSize = 1;
            }

            var fieldProfile = profile?.Field(number);
            var descriptor = fieldProfile?.Descriptor ?? FieldDescriptor.ForUnknown(number);
            layout.AddField(new FieldPlan(number, offset, size, baseType, elementSize, descriptor, fieldProfile));
            layout.NeedsExpansion |= fieldProfile is { Components.Length: > 0 } or { SubFields.Length: > 0 };
            offset += size;
        }

        if (layout.NeedsExpansion)
        {
            PlanSimpleExpansions(layout);
        }

        for (var i = 0; i < developerCount; i++)
        {
            var at = position + length + 1 + (3 * i);
            layout.AddDeveloperField(new DeveloperFieldPlan(file[at], file[at + 2], offset, file[at + 1]));
            offset += file[at + 1];
        }

        layout.Size = offset;
        position += total;

        state.Definitions++;
        state.BigEndianDefinitions += bigEndian ? 1 : 0;
        state.DefinitionsWithDeveloperFields += developerCount > 0 ? 1 : 0;
        state.Redefinitions += state.Defined[local] ? 1 : 0;
        state.Defined[local] = true;
        return true;
    }

    private static bool DecodeData(byte[] file, ref int position, int end, int recordStart, int local, int timeOffset, IFitMessageSink? sink, DecoderState state)
    {
        if (!state.Defined[local])
        {
            state.Errors.Add(new FitDecodeError(recordStart, $"data message for local type {local}, which no definition message has declared"));
            return false;
        }

        var layout = state.Layouts[local];
        if (position + layout.Size > end)
        {
            return Truncated(state, recordStart, $"{layout.Name} data message", layout.Size + 1, end - recordStart);
        }

        var message = state.Message;
        message.Reset(layout, position, recordStart, file);
        var pending = 0;
        var fields = layout.Fields.AsSpan(0, layout.FieldCount);
        var bigEndian = layout.BigEndian;
        for (var i = 0; i < fields.Length; i++)
        {
            ref readonly var plan = ref fields[i];
            var at = position + plan.Offset;
            ulong bits;
            if ((plan.Flags & FieldFlags.Single) != 0)
            {
                bits = RawValues.ReadElement(file, at, plan, bigEndian);
                if (bits == plan.InvalidBits)
                {
                    continue;
                }
            }
            else if (!IsPresent(file, at, plan, bigEndian, out bits))
            {
                continue;
            }

            if (plan.Flags <= FieldFlags.Single)
            {
                message.AddPresent(i);
            }
            else
            {
                pending = Special(message, state, plan, i, at, bits, pending);
            }
        }

        if (timeOffset >= 0)
        {
            state.LastTimestamp = CompressedTime(state.LastTimestamp, timeOffset);
            var descriptor = layout.Profile?.Field(TimestampField)?.Descriptor ?? CompressedTimestamp;
            message.AddComputed(descriptor, state.LastTimestamp);
        }

        if (layout.DeveloperFieldCount > 0)
        {
            AddDeveloperFields(file, position, layout, message, state);
        }
        if (pending > 0)
        {
            Expand(message, layout, pending, state);
        }

        position += layout.Size;
        state.DataMessages++;
        if (layout.GlobalNumber == FieldDescriptionMessage)
        {
            DescribeDeveloperField(message, state);
        }

        sink?.OnMessage(message);
        return true;
    }

    // fit-protocol.md, section 3: the 5-bit offset rolls over every 32 seconds.
    private static uint CompressedTime(uint last, int offset)
    {
        unchecked
        {
            var rolled = (last & ~0x1FU) + (uint)offset;
            return offset >= (last & 0x1F) ? rolled : rolled + 32;
        }
    }

    /// <summary>True when the field holds at least one valid element; <paramref name="bits"/> is the first element.</summary>
    private static bool IsPresent(byte[] file, int at, in FieldPlan plan, bool bigEndian, out ulong bits)
    {
        bits = 0;
        if (plan.BaseType == FitBaseType.String)
        {
            return plan.Size > 0 && file[at] != 0;
        }

        var count = plan.ElementCount;
        if (count == 0)
        {
            return false; // Shorter than one element of its base type: nothing can be read from it.
        }

        bits = RawValues.ReadBitsUnchecked(file, at, plan.ElementSize, bigEndian);
        if (bits != plan.InvalidBits)
        {
            return true;
        }

        for (var i = 1; i < count; i++)
        {
            if (RawValues.ReadBitsUnchecked(file, at + (i * plan.ElementSize), plan.ElementSize, bigEndian) != plan.InvalidBits)
            {
                return true;
            }
        }

        return false;
    }

    private static bool Truncated(DecoderState state, int recordStart, string what, int needed, int remaining)
    {
        state.Errors.Add(new FitDecodeError(recordStart, $"the data ends inside a record ({what}): it needs {needed} bytes, {remaining} remain"));
        return false;
    }
}
