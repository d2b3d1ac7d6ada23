using System.Diagnostics.CodeAnalysis;

namespace RunnerStrength.Fit.Profile;

/// <summary>The FIT base types, numbered as the low five bits of a field definition's base type byte.</summary>
[SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "These are the FIT protocol's own type names.")]
public enum FitBaseType : byte
{
    /// <summary>1 byte; invalid 0xFF.</summary>
    Enum = 0,

    /// <summary>1 byte; invalid 0x7F.</summary>
    SInt8 = 1,

    /// <summary>1 byte; invalid 0xFF.</summary>
    UInt8 = 2,

    /// <summary>2 bytes; invalid 0x7FFF.</summary>
    SInt16 = 3,

    /// <summary>2 bytes; invalid 0xFFFF.</summary>
    UInt16 = 4,

    /// <summary>4 bytes; invalid 0x7FFFFFFF.</summary>
    SInt32 = 5,

    /// <summary>4 bytes; invalid 0xFFFFFFFF.</summary>
    UInt32 = 6,

    /// <summary>UTF-8, null-terminated or filling its size; empty is invalid.</summary>
    String = 7,

    /// <summary>4 bytes IEEE 754; invalid all bits set.</summary>
    Float32 = 8,

    /// <summary>8 bytes IEEE 754; invalid all bits set.</summary>
    Float64 = 9,

    /// <summary>1 byte; invalid 0x00.</summary>
    UInt8z = 10,

    /// <summary>2 bytes; invalid 0x0000.</summary>
    UInt16z = 11,

    /// <summary>4 bytes; invalid 0x00000000.</summary>
    UInt32z = 12,

    /// <summary>Raw bytes; an array is invalid only when every byte is 0xFF.</summary>
    Byte = 13,

    /// <summary>8 bytes; invalid 0x7FFFFFFFFFFFFFFF.</summary>
    SInt64 = 14,

    /// <summary>8 bytes; invalid 0xFFFFFFFFFFFFFFFF.</summary>
    UInt64 = 15,

    /// <summary>8 bytes; invalid 0.</summary>
    UInt64z = 16,
}
