using RunnerStrength.Fit.Profile;

namespace RunnerStrength.Fit.Writing;

/// <summary>One field of a message to write: its number, base type and little-endian bytes.</summary>
internal readonly record struct FitFieldValue(byte Number, FitBaseType BaseType, byte[] Bytes)
{
    /// <summary>The base type byte of a field definition: multi-byte types carry the endian-ability bit.</summary>
    public byte BaseTypeByte => (byte)((byte)BaseType | (FitBaseTypes.SizeOf((int)BaseType) > 1 ? 0x80 : 0));
}
