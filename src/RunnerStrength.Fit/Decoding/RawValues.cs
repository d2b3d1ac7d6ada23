using System.Buffers.Binary;
using RunnerStrength.Fit.Profile;

namespace RunnerStrength.Fit.Decoding;

/// <summary>Reads one element of a base type from the file's bytes and tells invalid values (fit-protocol.md, section 5).</summary>
internal static class RawValues
{
    /// <summary>The element's bits, zero-extended, in the definition's byte order.</summary>
    public static ulong ReadBits(ReadOnlySpan<byte> element, bool bigEndian) => element.Length switch
    {
        1 => element[0],
        2 => bigEndian ? BinaryPrimitives.ReadUInt16BigEndian(element) : BinaryPrimitives.ReadUInt16LittleEndian(element),
        4 => bigEndian ? BinaryPrimitives.ReadUInt32BigEndian(element) : BinaryPrimitives.ReadUInt32LittleEndian(element),
        8 => bigEndian ? BinaryPrimitives.ReadUInt64BigEndian(element) : BinaryPrimitives.ReadUInt64LittleEndian(element),
        _ => 0,
    };

    /// <summary>False when the bits are the base type's invalid value, i.e. the field is absent.</summary>
    public static bool IsValid(ulong bits, FitBaseType type) => type switch
    {
        FitBaseType.Enum or FitBaseType.UInt8 or FitBaseType.Byte => bits != 0xFF,
        FitBaseType.SInt8 => bits != 0x7F,
        FitBaseType.UInt8z or FitBaseType.UInt16z or FitBaseType.UInt32z or FitBaseType.UInt64z => bits != 0,
        FitBaseType.SInt16 => bits != 0x7FFF,
        FitBaseType.UInt16 => bits != 0xFFFF,
        FitBaseType.SInt32 => bits != 0x7FFFFFFF,
        FitBaseType.UInt32 or FitBaseType.Float32 => bits != 0xFFFFFFFF,
        FitBaseType.SInt64 => bits != 0x7FFFFFFFFFFFFFFF,
        FitBaseType.UInt64 or FitBaseType.Float64 => bits != ulong.MaxValue,
        _ => true,
    };

    /// <summary>The element's numeric value: signed types sign-extended, floats reinterpreted.</summary>
    public static double ToNumber(ulong bits, FitBaseType type)
    {
        unchecked
        {
            return type switch
            {
                FitBaseType.SInt8 => (sbyte)bits,
                FitBaseType.SInt16 => (short)bits,
                FitBaseType.SInt32 => (int)bits,
                FitBaseType.SInt64 => (long)bits,
                FitBaseType.Float32 => BitConverter.UInt32BitsToSingle((uint)bits),
                FitBaseType.Float64 => BitConverter.UInt64BitsToDouble(bits),
                _ => bits,
            };
        }
    }

    /// <summary>The element's integer value for sub-field conditions and components; floats truncated.</summary>
    public static long ToInteger(ulong bits, FitBaseType type)
    {
        unchecked
        {
            return type switch
            {
                FitBaseType.SInt8 => (sbyte)bits,
                FitBaseType.SInt16 => (short)bits,
                FitBaseType.SInt32 => (int)bits,
                FitBaseType.Float32 or FitBaseType.Float64 => (long)ToNumber(bits, type),
                _ => (long)bits,
            };
        }
    }
}
