using System.Buffers.Binary;
using RunnerStrength.Fit.Profile;

namespace RunnerStrength.Fit.Writing;

/// <summary>
/// The fields of one data message, in the order they are added. A value that is not known is written as
/// the base type's invalid value, so that every message of a kind keeps one definition.
/// </summary>
internal sealed class FitMessageBuilder(ushort globalNumber)
{
    private readonly List<FitFieldValue> _fields = [];

    public ushort GlobalNumber { get; } = globalNumber;

    public IReadOnlyList<FitFieldValue> Fields => _fields;

    public FitMessageBuilder Enum(byte number, byte? value) => Add(number, FitBaseType.Enum, [value ?? 0xFF]);

    public FitMessageBuilder UInt16(byte number, ushort? value)
    {
        var bytes = new byte[2];
        BinaryPrimitives.WriteUInt16LittleEndian(bytes, value ?? ushort.MaxValue);
        return Add(number, FitBaseType.UInt16, bytes);
    }

    public FitMessageBuilder UInt32(byte number, uint? value)
    {
        var bytes = new byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(bytes, value ?? uint.MaxValue);
        return Add(number, FitBaseType.UInt32, bytes);
    }

    public FitMessageBuilder UInt32z(byte number, uint? value)
    {
        var bytes = new byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(bytes, value ?? 0);
        return Add(number, FitBaseType.UInt32z, bytes);
    }

    /// <summary>
    /// A UTF-8 string in a field of <paramref name="size"/> bytes: cut at a character boundary so that the
    /// terminating zero always fits, then padded with zeros (a fixed size keeps one definition per kind).
    /// </summary>
    public FitMessageBuilder String(byte number, string? value, int size)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 2);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(size, 255);
        var bytes = new byte[size];
        var text = value ?? "";
        var utf8 = System.Text.Encoding.UTF8;
        var length = text.Length;
        while (utf8.GetByteCount(text.AsSpan(0, length)) > size - 1)
        {
            length--;
            if (length > 0 && char.IsLowSurrogate(text[length]))
            {
                length--; // never split a surrogate pair
            }
        }

        utf8.GetBytes(text.AsSpan(0, length), bytes);
        return Add(number, FitBaseType.String, bytes);
    }

    private FitMessageBuilder Add(byte number, FitBaseType type, byte[] bytes)
    {
        _fields.Add(new FitFieldValue(number, type, bytes));
        return this;
    }
}
