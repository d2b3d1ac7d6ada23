using System.Buffers.Binary;

namespace RunnerStrength.Fit.Decoding;

/// <summary>
/// Decodes FIT files (fit-protocol.md in shared/reference):
/// <code>
/// file     := unit+                               chained units follow each other
/// unit     := header record* crc16                crc16 covers header and records, little-endian
/// header   := size(1: 12|14) protocol(1) profile(2 LE) data_size(4 LE) ".FIT" [header_crc(2 LE)]
/// record   := header_byte (definition | data)
///   header_byte bit7=0: normal; bit6 definition; bit5 developer fields follow; bits3-0 local type
///   header_byte bit7=1: compressed timestamp data message; bits6-5 local type; bits4-0 seconds offset
/// definition := reserved(1) arch(1: 0 LE, 1 BE) global(2, arch order) n(1) [num size base_type]*n
///               [m(1) [num size developer_index]*m]   (when bit5)
/// data       := the defined fields' bytes in definition order, then the developer fields'
/// </code>
/// Every problem is collected with its byte offset; decoding keeps everything read before it.
/// </summary>
public static partial class FitDecoder
{
    private static ReadOnlySpan<byte> FitSignature => ".FIT"u8;

    /// <summary>Decodes <paramref name="file"/>, handing every data message to <paramref name="sink"/>.</summary>
    /// <remarks>Never throws for a malformed file: problems are in <see cref="FitDecodeResult.Errors"/>.</remarks>
    public static FitDecodeResult Decode(byte[] file, IFitMessageSink? sink)
    {
        ArgumentNullException.ThrowIfNull(file);
        var state = DecoderState.Rent();
        try
        {
            return DecodeUnits(file, sink, state);
        }
        finally
        {
            DecoderState.Return(state);
        }
    }

    private static FitDecodeResult DecodeUnits(byte[] file, IFitMessageSink? sink, DecoderState state)
    {
        var headers = new List<FitHeader>(1);
        var integrity = true;
        long position = 0;
        while (position < file.Length)
        {
            var header = ReadHeader(file, position, out var problem);
            if (header is null)
            {
                state.Errors.Add(new FitDecodeError(position, headers.Count == 0 ? $"not a FIT file: {problem}" : $"what follows FIT unit {headers.Count} is not a FIT header: {problem}"));
                integrity = false;
                break;
            }

            headers.Add(header);
            integrity &= CheckHeaderCrc(file, header, state);
            var dataStart = position + header.Size;
            var dataEnd = dataStart + header.DataSize;
            var available = Math.Min(dataEnd, file.Length);
            if (dataEnd > file.Length)
            {
                state.Errors.Add(new FitDecodeError(position + 4, $"the header announces {header.DataSize} data bytes but only {file.Length - dataStart} follow (the file is truncated)"));
                integrity = false;
            }

            state.ResetUnit();
            DecodeRecords(file, (int)dataStart, (int)available, sink, state);

            if (dataEnd > file.Length)
            {
                break;
            }

            if (dataEnd + 2 > file.Length)
            {
                state.Errors.Add(new FitDecodeError(dataEnd, "the file ends before the 2-byte file CRC"));
                integrity = false;
                break;
            }

            var stored = BinaryPrimitives.ReadUInt16LittleEndian(file.AsSpan((int)dataEnd, 2));
            var computed = FitCrc.Compute(file.AsSpan((int)position, (int)(dataEnd - position)));
            if (stored != computed)
            {
                state.Errors.Add(new FitDecodeError(dataEnd, $"file CRC 0x{stored:X4} does not match the computed 0x{computed:X4}"));
                integrity = false;
            }

            position = dataEnd + 2;
        }

        if (file.Length == 0)
        {
            state.Errors.Add(new FitDecodeError(0, "the file is empty"));
            integrity = false;
        }

        var statistics = new FitDecodeStatistics(state.DataMessages, state.Definitions, state.BigEndianDefinitions,
            state.DefinitionsWithDeveloperFields, state.Redefinitions, state.CompressedTimestampMessages, state.BytesDecoded);
        return new FitDecodeResult(headers.Count > 0, integrity, state.Errors.ToArray(), headers, statistics);
    }

    private static FitHeader? ReadHeader(byte[] file, long position, out string problem)
    {
        var remaining = file.Length - position;
        if (remaining < 12)
        {
            problem = $"{remaining} bytes are too few for a header (12 or 14)";
            return null;
        }

        var span = file.AsSpan((int)position);
        var size = span[0];
        if (!span.Slice(8, 4).SequenceEqual(FitSignature))
        {
            problem = "bytes 8-11 of the header are not \".FIT\"";
            return null;
        }

        if (size is < 12 or 13 || size > remaining)
        {
            problem = $"header size {size} is neither 12 nor 14";
            return null;
        }

        ushort? crc = size >= 14 ? BinaryPrimitives.ReadUInt16LittleEndian(span.Slice(12, 2)) : null;
        problem = "";
        return new FitHeader(position, size, span[1], BinaryPrimitives.ReadUInt16LittleEndian(span.Slice(2, 2)),
            BinaryPrimitives.ReadUInt32LittleEndian(span.Slice(4, 4)), crc);
    }

    private static bool CheckHeaderCrc(byte[] file, FitHeader header, DecoderState state)
    {
        if (header.HeaderCrc is not { } stored || stored == 0)
        {
            return true; // 12-byte headers have none; 0 means "not computed" and must be accepted.
        }

        var computed = FitCrc.Compute(file.AsSpan((int)header.Offset, 12));
        if (stored == computed)
        {
            return true;
        }

        state.Errors.Add(new FitDecodeError(header.Offset + 12, $"header CRC 0x{stored:X4} does not match the computed 0x{computed:X4}"));
        return false;
    }
}
