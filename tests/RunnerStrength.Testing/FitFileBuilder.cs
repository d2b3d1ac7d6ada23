using System.Buffers.Binary;
using System.Text;

namespace RunnerStrength.Testing;

/// <summary>
/// Writes small FIT files byte by byte for decoder tests: a header, definitions and data messages in
/// either byte order, and both CRCs. Its CRC is the bitwise textbook one, independent of the decoder's.
/// </summary>
public sealed class FitFileBuilder
{
    private readonly List<byte> _records = [];
    private readonly Dictionary<int, (bool BigEndian, (byte Number, byte Size, byte BaseType)[] Fields)> _definitions = [];

    /// <summary>Base type bytes as a definition writes them (bit 7 set on multi-byte types).</summary>
    public static class BaseTypes
    {
        public const byte FitEnum = 0x00;
        public const byte FitSInt8 = 0x01;
        public const byte FitUInt8 = 0x02;
        public const byte FitSInt16 = 0x83;
        public const byte FitUInt16 = 0x84;
        public const byte FitSInt32 = 0x85;
        public const byte FitUInt32 = 0x86;
        public const byte FitString = 0x07;
        public const byte FitFloat32 = 0x88;
        public const byte FitUInt8z = 0x0A;
        public const byte FitUInt32z = 0x8C;
        public const byte FitByte = 0x0D;
    }

    /// <summary>Defines local type <paramref name="local"/> as global message <paramref name="global"/>.</summary>
    public FitFileBuilder Define(int local, ushort global, bool bigEndian, params (byte Number, byte Size, byte BaseType)[] fields) =>
        Define(local, global, bigEndian, fields, []);

    /// <summary>A definition with developer fields (number, size, developer data index).</summary>
    public FitFileBuilder Define(int local, ushort global, bool bigEndian, (byte Number, byte Size, byte BaseType)[] fields, (byte Number, byte Size, byte Index)[] developerFields)
    {
        _records.Add((byte)(0x40 | (developerFields.Length > 0 ? 0x20 : 0) | local));
        _records.Add(0);
        _records.Add(bigEndian ? (byte)1 : (byte)0);
        var number = new byte[2];
        if (bigEndian)
        {
            BinaryPrimitives.WriteUInt16BigEndian(number, global);
        }
        else
        {
            BinaryPrimitives.WriteUInt16LittleEndian(number, global);
        }

        _records.AddRange(number);
        _records.Add((byte)fields.Length);
        foreach (var (n, size, type) in fields)
        {
            _records.AddRange([n, size, type]);
        }

        if (developerFields.Length > 0)
        {
            _records.Add((byte)developerFields.Length);
            foreach (var (n, size, index) in developerFields)
            {
                _records.AddRange([n, size, index]);
            }
        }

        _definitions[local] = (bigEndian, fields);
        return this;
    }

    /// <summary>A data message: one value per defined field (long, double, string or byte[]), then raw developer bytes.</summary>
    public FitFileBuilder Data(int local, params object[] values) => Write((byte)local, local, values);

    /// <summary>A compressed-timestamp data message (local types 0-3, offset 0-31 seconds).</summary>
    public FitFileBuilder CompressedData(int local, int secondsOffset, params object[] values) =>
        Write((byte)(0x80 | (local << 5) | secondsOffset), local, values);

    /// <summary>Raw bytes appended to the records as they are.</summary>
    public FitFileBuilder Raw(params byte[] bytes)
    {
        _records.AddRange(bytes);
        return this;
    }

    /// <summary>The finished file: 14-byte header with its CRC, the records, the file CRC.</summary>
    public byte[] Build(int? dataSizeLie = null, bool headerCrc = true)
    {
        var records = _records.ToArray();
        var file = new byte[14 + records.Length + 2];
        file[0] = 14;
        file[1] = 0x20;
        BinaryPrimitives.WriteUInt16LittleEndian(file.AsSpan(2), 2132);
        BinaryPrimitives.WriteUInt32LittleEndian(file.AsSpan(4), (uint)(dataSizeLie ?? records.Length));
        ".FIT"u8.CopyTo(file.AsSpan(8));
        BinaryPrimitives.WriteUInt16LittleEndian(file.AsSpan(12), headerCrc ? Crc(file.AsSpan(0, 12)) : (ushort)0);
        records.CopyTo(file, 14);
        BinaryPrimitives.WriteUInt16LittleEndian(file.AsSpan(14 + records.Length), Crc(file.AsSpan(0, 14 + records.Length)));
        return file;
    }

    /// <summary>CRC-16/ARC, bit by bit.</summary>
    public static ushort Crc(ReadOnlySpan<byte> data)
    {
        var crc = 0;
        foreach (var b in data)
        {
            crc ^= b;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xA001 : crc >> 1;
            }
        }

        return (ushort)crc;
    }

    private FitFileBuilder Write(byte header, int local, object[] values)
    {
        var (bigEndian, fields) = _definitions[local];
        _records.Add(header);
        for (var i = 0; i < values.Length; i++)
        {
            if (i >= fields.Length)
            {
                _records.AddRange((byte[])values[i]);
                continue;
            }

            var (_, size, type) = fields[i];
            var bytes = new byte[size];
            switch (values[i])
            {
                case byte[] raw:
                    raw.AsSpan(0, Math.Min(raw.Length, size)).CopyTo(bytes);
                    break;
                case string text:
                    Encoding.UTF8.GetBytes(text).AsSpan(0, Math.Min(Encoding.UTF8.GetByteCount(text), size)).CopyTo(bytes);
                    break;
                case double real when type == BaseTypes.FitFloat32:
                    var single = BitConverter.SingleToUInt32Bits((float)real);
                    WriteInteger(bytes, single, bigEndian);
                    break;
                default:
                    WriteInteger(bytes, unchecked((ulong)Convert.ToInt64(values[i], System.Globalization.CultureInfo.InvariantCulture)), bigEndian);
                    break;
            }

            _records.AddRange(bytes);
        }

        return this;
    }

    private static void WriteInteger(byte[] bytes, ulong value, bool bigEndian)
    {
        for (var i = 0; i < bytes.Length; i++)
        {
            var shift = 8 * (bigEndian ? bytes.Length - 1 - i : i);
            bytes[i] = shift >= 64 ? (byte)0 : (byte)(value >> shift);
        }
    }
}
