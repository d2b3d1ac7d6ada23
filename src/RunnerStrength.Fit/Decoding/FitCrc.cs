namespace RunnerStrength.Fit.Decoding;

/// <summary>
/// The FIT CRC: CRC-16/ARC (polynomial 0x8005 reflected, init 0, no final XOR; check value 0xBB3D
/// for "123456789"), fit-protocol.md section 2. A byte-wide table gives the same result as Garmin's
/// nibble table, eight times fewer steps.
/// </summary>
internal static class FitCrc
{
    private static readonly ushort[] Table = CreateTable();

    public static ushort Compute(ReadOnlySpan<byte> data, ushort crc = 0)
    {
        var table = Table;
        foreach (var b in data)
        {
            crc = (ushort)((crc >> 8) ^ table[(crc ^ b) & 0xFF]);
        }

        return crc;
    }

    private static ushort[] CreateTable()
    {
        var table = new ushort[256];
        for (var i = 0; i < 256; i++)
        {
            var crc = (ushort)i;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? (ushort)((crc >> 1) ^ 0xA001) : (ushort)(crc >> 1);
            }

            table[i] = crc;
        }

        return table;
    }
}
