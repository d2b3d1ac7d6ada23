namespace RunnerStrength.Fit.Decoding;

/// <summary>A FIT file header (fit-protocol.md, section 1).</summary>
/// <param name="Offset">Where the header starts; non-zero for the later units of a chained file.</param>
/// <param name="Size">12 or 14 (larger headers from future writers are accepted and their extra bytes skipped).</param>
/// <param name="ProtocolVersion">High nibble major, low nibble minor.</param>
/// <param name="ProfileVersion">E.g. 2135 for 21.35.</param>
/// <param name="DataSize">Record bytes the header announces.</param>
/// <param name="HeaderCrc">The stored header CRC of a 14-byte header (0 means not computed), else null.</param>
public sealed record FitHeader(long Offset, int Size, byte ProtocolVersion, ushort ProfileVersion, uint DataSize, ushort? HeaderCrc)
{
    /// <summary>The protocol version as "major.minor".</summary>
    public string ProtocolVersionText => $"{ProtocolVersion >> 4}.{ProtocolVersion & 0x0F}";
}
