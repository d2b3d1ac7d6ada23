using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
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

    /// <summary>
    /// Reads an element of <paramref name="size"/> bytes at <paramref name="offset"/> without bounds checks:
    /// callers have checked the whole message against the data's end before reading any field.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong ReadBitsUnchecked(byte[] data, int offset, int size, bool bigEndian)
    {
        ref var at = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(data), offset);
        return size switch
        {
            1 => at,
            2 => bigEndian ? BinaryPrimitives.ReverseEndianness(Unsafe.ReadUnaligned<ushort>(ref at)) : Unsafe.ReadUnaligned<ushort>(ref at),
            4 => bigEndian ? BinaryPrimitives.ReverseEndianness(Unsafe.ReadUnaligned<uint>(ref at)) : Unsafe.ReadUnaligned<uint>(ref at),
            _ => bigEndian ? BinaryPrimitives.ReverseEndianness(Unsafe.ReadUnaligned<ulong>(ref at)) : Unsafe.ReadUnaligned<ulong>(ref at),
        };
    }

    /// <summary>
    /// The first element of a planned field: one unaligned 8-byte read, masked or shifted to the element's
    /// size, instead of a branch on the size. Falls back near the end of the data.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong ReadElement(byte[] data, int offset, in FieldPlan plan, bool bigEndian)
    {
        if (offset + 8 <= data.Length && BitConverter.IsLittleEndian)
        {
            var word = Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(data), offset));
            return bigEndian ? BinaryPrimitives.ReverseEndianness(word) >> plan.BigEndianShift : word & plan.ValueMask;
        }

        return ReadBitsUnchecked(data, offset, plan.ElementSize, bigEndian);
    }

    /// <summary>The one bit pattern that means "invalid" for each base type.</summary>
    public static ulong InvalidBits(FitBaseType type) => type switch
    {
        FitBaseType.Enum or FitBaseType.UInt8 or FitBaseType.Byte => 0xFF,
        FitBaseType.SInt8 => 0x7F,
        FitBaseType.UInt8z or FitBaseType.UInt16z or FitBaseType.UInt32z or FitBaseType.UInt64z => 0,
        FitBaseType.SInt16 => 0x7FFF,
        FitBaseType.UInt16 => 0xFFFF,
        FitBaseType.SInt32 => 0x7FFFFFFF,
        FitBaseType.UInt32 or FitBaseType.Float32 => 0xFFFFFFFF,
        FitBaseType.SInt64 => 0x7FFFFFFFFFFFFFFF,
        FitBaseType.String => 0, // Strings are never read as numbers: their "first element" is never valid.
        _ => ulong.MaxValue,
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
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double ToNumber(ulong bits, FitBaseType type)
    {
        unchecked
        {
            // Most values are small unsigned integers: convert them as long, which x64 does in one instruction.
            if (type <= FitBaseType.UInt32 && ((1 << (int)type) & SignedMask) == 0)
            {
                return (long)bits;
            }

            return type switch
            {
                FitBaseType.SInt8 => (sbyte)bits,
                FitBaseType.SInt16 => (short)bits,
                FitBaseType.SInt32 => (int)bits,
                FitBaseType.SInt64 => (long)bits,
                FitBaseType.Float32 => BitConverter.UInt32BitsToSingle((uint)bits),
                FitBaseType.Float64 => BitConverter.UInt64BitsToDouble(bits),
                FitBaseType.UInt64 or FitBaseType.UInt64z => bits,
                _ => (long)bits,
            };
        }
    }

    private const int SignedMask = (1 << (int)FitBaseType.SInt8) | (1 << (int)FitBaseType.SInt16) | (1 << (int)FitBaseType.SInt32);

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
