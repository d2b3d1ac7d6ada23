using System.Buffers;
using System.Buffers.Binary;
using RunnerStrength.Fit.Decoding;

namespace RunnerStrength.Fit.Writing;

/// <summary>
/// Writes one FIT unit (fit-protocol.md, sections 1-4): a 14-byte header with its CRC, a definition
/// message before the first data message of each layout, the data messages, and the file CRC.
/// Little-endian throughout; each global message gets its own local type, redefined if its layout changes.
/// </summary>
internal sealed class FitFileWriter
{
    private const int HeaderSize = 14;
    private const byte ProtocolVersion = 0x10; // 1.0: no developer fields, read by every device
    private const int MaxLocalTypes = 16;

    private readonly ArrayBufferWriter<byte> _records = new(1024);
    private readonly Dictionary<ushort, (byte Local, string Layout)> _definitions = [];

    /// <summary>The profile the messages follow, as the header carries it (major × 1000 + minor).</summary>
    public static ushort ProfileVersion { get; } = ParseProfileVersion(Profile.FitProfile.Version);

    public void Write(FitMessageBuilder message)
    {
        var layout = string.Join(',', message.Fields.Select(f => $"{f.Number}:{f.Bytes.Length}:{f.BaseTypeByte}"));
        if (!_definitions.TryGetValue(message.GlobalNumber, out var defined) || defined.Layout != layout)
        {
            var local = defined.Layout is null ? (byte)_definitions.Count : defined.Local;
            if (local >= MaxLocalTypes)
            {
                throw new InvalidOperationException($"A FIT file has {MaxLocalTypes} local message types; this one needs more.");
            }

            WriteDefinition(local, message);
            _definitions[message.GlobalNumber] = (local, layout);
        }

        WriteByte(_definitions[message.GlobalNumber].Local);
        foreach (var field in message.Fields)
        {
            _records.Write(field.Bytes);
        }
    }

    /// <summary>The whole file: header, records, CRC.</summary>
    public byte[] ToArray()
    {
        var records = _records.WrittenSpan;
        var file = new byte[HeaderSize + records.Length + 2];
        file[0] = HeaderSize;
        file[1] = ProtocolVersion;
        BinaryPrimitives.WriteUInt16LittleEndian(file.AsSpan(2), ProfileVersion);
        BinaryPrimitives.WriteUInt32LittleEndian(file.AsSpan(4), checked((uint)records.Length));
        ".FIT"u8.CopyTo(file.AsSpan(8));
        BinaryPrimitives.WriteUInt16LittleEndian(file.AsSpan(12), FitCrc.Compute(file.AsSpan(0, 12)));
        records.CopyTo(file.AsSpan(HeaderSize));
        var end = HeaderSize + records.Length;
        BinaryPrimitives.WriteUInt16LittleEndian(file.AsSpan(end), FitCrc.Compute(file.AsSpan(0, end)));
        return file;
    }

    private void WriteDefinition(byte local, FitMessageBuilder message)
    {
        WriteByte((byte)(0x40 | local));
        WriteByte(0); // reserved
        WriteByte(0); // little-endian
        BinaryPrimitives.WriteUInt16LittleEndian(_records.GetSpan(2), message.GlobalNumber);
        _records.Advance(2);
        WriteByte(checked((byte)message.Fields.Count));
        foreach (var field in message.Fields)
        {
            WriteByte(field.Number);
            WriteByte(checked((byte)field.Bytes.Length));
            WriteByte(field.BaseTypeByte);
        }
    }

    private void WriteByte(byte value)
    {
        _records.GetSpan(1)[0] = value;
        _records.Advance(1);
    }

    private static ushort ParseProfileVersion(string version)
    {
        var parts = version.Split('.');
        return checked((ushort)((int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture) * 1000) + int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture)));
    }
}
