using System.Buffers.Binary;

namespace RunnerStrength.Fit.Decoding;

/// <summary>
/// The FIT CRC: CRC-16/ARC (polynomial 0x8005 reflected, init 0, no final XOR; check value 0xBB3D
/// for "123456789"), fit-protocol.md section 2. Computed eight bytes at a time ("slicing by 8"), which
/// gives the same result as Garmin's nibble table with a sixteenth of the steps: the CRC of a whole
/// file would otherwise cost more than decoding its messages.
/// </summary>
internal static class FitCrc
{
    private static readonly ushort[] Tables = CreateTables();

    public static ushort Compute(ReadOnlySpan<byte> data, ushort crc = 0)
    {
        var t = Tables;
        while (data.Length >= 8)
        {
            var v = BinaryPrimitives.ReadUInt64LittleEndian(data) ^ crc;
            crc = (ushort)(t[(7 * 256) + (int)(v & 0xFF)] ^ t[(6 * 256) + (int)((v >> 8) & 0xFF)]
                ^ t[(5 * 256) + (int)((v >> 16) & 0xFF)] ^ t[(4 * 256) + (int)((v >> 24) & 0xFF)]
                ^ t[(3 * 256) + (int)((v >> 32) & 0xFF)] ^ t[(2 * 256) + (int)((v >> 40) & 0xFF)]
                ^ t[256 + (int)((v >> 48) & 0xFF)] ^ t[(int)(v >> 56)]);
            data = data[8..];
        }

        foreach (var b in data)
        {
            crc = (ushort)((crc >> 8) ^ t[(crc ^ b) & 0xFF]);
        }

        return crc;
    }

    private static ushort[] CreateTables()
    {
        var tables = new ushort[8 * 256];
        for (var i = 0; i < 256; i++)
        {
            var crc = (ushort)i;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? (ushort)((crc >> 1) ^ 0xA001) : (ushort)(crc >> 1);
            }

            tables[i] = crc;
        }

        // Table k gives the effect of a byte followed by k zero bytes.
        for (var k = 1; k < 8; k++)
        {
            for (var i = 0; i < 256; i++)
            {
                var previous = tables[((k - 1) * 256) + i];
                tables[(k * 256) + i] = (ushort)((previous >> 8) ^ tables[previous & 0xFF]);
            }
        }

        return tables;
    }
}
