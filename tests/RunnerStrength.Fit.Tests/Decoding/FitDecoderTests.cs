using RunnerStrength.Fit.Decoding;
using RunnerStrength.Testing;
using static RunnerStrength.Testing.FitFileBuilder.BaseTypes;

namespace RunnerStrength.Fit.Tests.Decoding;

/// <summary>The protocol rules of fit-protocol.md, each on a file written byte by byte.</summary>
public class FitDecoderTests
{
    private const ushort FileId = 0;
    private const ushort Record = 20;
    private const ushort Event = 21;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Decode_EitherByteOrder_ReadsTheSameScaledValues(bool bigEndian)
    {
        var file = new FitFileBuilder()
            .Define(0, Record, bigEndian, (253, 4, FitUInt32), (2, 2, FitUInt16), (6, 2, FitUInt16), (13, 1, FitSInt8), (5, 4, FitUInt32))
            .Data(0, 1_000_000_000L, 10435, 2781, -5, 123456)
            .Build();

        var (result, messages) = MessageCollector.Decode(file);

        Assert.True(result.DecodeOk && result.IntegrityOk);
        var record = Assert.Single(messages);
        Assert.Equal("record", record.Name);
        Assert.Equal(1_000_000_000, record.GetValue(253));
        Assert.Equal(1587, record.GetValue(2));      // altitude: 10435 / 5 - 500 m
        Assert.Equal(2.781, record.GetValue(6));     // speed: 2781 / 1000 m/s
        Assert.Equal(2.781, record.GetValue(73));    // expanded into enhanced_speed
        Assert.Equal(-5, record.GetValue(13));       // temperature, signed
        Assert.Equal(1234.56, record.GetValue(5));   // distance: / 100 m
        Assert.Equal(1, result.Statistics.Definitions);
        Assert.Equal(bigEndian ? 1 : 0, result.Statistics.BigEndianDefinitions);
    }

    [Fact]
    public void Decode_InvalidValues_AreAbsent()
    {
        var file = new FitFileBuilder()
            .Define(0, Record, false, (3, 1, FitUInt8), (6, 2, FitUInt16), (13, 1, FitSInt8), (0, 4, FitSInt32))
            .Data(0, 0xFF, 0xFFFF, 0x7F, 0x7FFFFFFF)
            .Build();

        var message = Assert.Single(MessageCollector.Decode(file).Messages);

        Assert.Equal(0, message.Fields.Count);
        Assert.Null(message.GetValue(3));
    }

    [Fact]
    public void Decode_ArrayWithSomeInvalidElements_KeepsThemAsNullInPlace()
    {
        var file = new FitFileBuilder()
            .Define(0, 78, false, (0, 6, FitUInt16)) // hrv.time: RR intervals, 0xFFFF padding
            .Data(0, new byte[] { 0x20, 0x03, 0xFF, 0xFF, 0x52, 0x03 })
            .Build();

        var message = Assert.Single(MessageCollector.Decode(file).Messages);
        Assert.True(message.TryGetField(0, out var time));

        Assert.Equal([0.8, null, 0.85], time.GetValues());
    }

    [Fact]
    public void Decode_Strings_UnterminatedAndInvalidUtf8_AreReadWithoutError()
    {
        var file = new FitFileBuilder()
            .Define(0, FileId, false, (8, 6, FitString))
            .Data(0, "fenix5")                                        // fills its size, no terminator
            .Data(0, new byte[] { 0x61, 0xFF, 0xFE, 0x62, 0x00, 0x63 }) // invalid UTF-8, then a terminator
            .Build();

        var (result, messages) = MessageCollector.Decode(file);

        Assert.True(result.DecodeOk);
        Assert.Equal("fenix5", messages[0].GetString(8));
        Assert.Equal("a\uFFFD\uFFFDb", messages[1].GetString(8));
    }

    [Fact]
    public void Decode_RedefinedLocalType_UsesTheLatestDefinition()
    {
        var file = new FitFileBuilder()
            .Define(0, Record, false, (3, 1, FitUInt8))
            .Data(0, 150)
            .Define(0, Event, true, (0, 1, FitEnum), (3, 4, FitUInt32))
            .Data(0, 0, 0x01020304)
            .Build();

        var (result, messages) = MessageCollector.Decode(file);

        Assert.Equal(["record", "event"], messages.Select(m => m.Name));
        Assert.Equal(150, messages[0].GetValue(3));
        Assert.Equal(0x01020304, messages[1].GetRaw(3));
        Assert.Equal(1, result.Statistics.Redefinitions);
    }

    [Fact]
    public void Decode_UnknownMessagesFieldsAndBaseTypes_AreSkippedByTheirSize()
    {
        var file = new FitFileBuilder()
            .Define(0, 65280, false, (0, 3, FitUInt8), (1, 2, 0x1F)) // unknown message, base type 31 is none
            .Data(0, new byte[] { 1, 2, 3 }, new byte[] { 4, 5 })
            .Define(1, Record, false, (200, 5, FitByte), (3, 1, FitUInt8)) // unknown field before a known one
            .Data(1, new byte[] { 9, 9, 9, 9, 9 }, 142)
            .Build();

        var (result, messages) = MessageCollector.Decode(file);

        Assert.True(result.DecodeOk);
        Assert.Equal("unknown_65280", messages[0].Name);
        Assert.False(messages[0].IsKnown);
        Assert.Equal(142, messages[1].GetValue(3));
        Assert.Equal("field_200", messages[1].Fields[0].Name);
    }

    [Fact]
    public void Decode_CompressedTimestamps_CountFromTheLastFullOne_AndRollOver()
    {
        var file = new FitFileBuilder()
            .Define(0, Record, false, (253, 4, FitUInt32), (3, 1, FitUInt8))
            .Define(1, Record, false, (3, 1, FitUInt8))
            .Data(0, 1000, 100)                 // 1000 = 31 * 32 + 8
            .CompressedData(1, 20, 101)          // 20 >= 8: 992 + 20
            .CompressedData(1, 5, 102)           // 5 < 20: rolled over, 992 + 32 + 5
            .Build();

        var (result, messages) = MessageCollector.Decode(file);

        Assert.True(result.DecodeOk);
        Assert.Equal([1000.0, 1012.0, 1029.0], messages.Select(m => m.GetValue(253)!.Value));
        Assert.Equal(2, result.Statistics.CompressedTimestampMessages);
    }

    [Fact]
    public void Decode_AccumulatedComponents_SumAcrossMessages()
    {
        // compressed_speed_distance: 12 bits speed (/100 m/s) then 12 bits distance (/16 m, accumulated).
        static byte[] Packed(int speed, int distance) =>
            [(byte)(speed & 0xFF), (byte)((speed >> 8) | ((distance & 0x0F) << 4)), (byte)(distance >> 4)];
        var file = new FitFileBuilder()
            .Define(0, Record, false, (8, 3, FitByte))
            .Data(0, Packed(350, 4000))
            .Data(0, Packed(360, 4090))
            .Data(0, Packed(370, 10))          // the 12-bit counter wrapped: 4096 - 4090 + 10 = 16 more
            .Build();

        var messages = MessageCollector.Decode(file).Messages;

        Assert.Equal([3.5, 3.6, 3.7], messages.Select(m => m.GetValue(6)!.Value));
        Assert.Equal([250.0, 255.625, 256.625], messages.Select(m => m.GetValue(5)!.Value));
    }

    [Theory]
    [InlineData(1, 2697, "garmin_product")] // Garmin: the product is a garmin_product
    [InlineData(294, 7, "product")]          // Coros: no sub-field applies
    public void Decode_SubFields_DependOnAnotherField(long manufacturer, long product, string expectedName)
    {
        var file = new FitFileBuilder()
            .Define(0, FileId, false, (1, 2, FitUInt16), (2, 2, FitUInt16))
            .Data(0, manufacturer, product)
            .Build();

        var message = Assert.Single(MessageCollector.Decode(file).Messages);
        Assert.True(message.TryGetField(2, out var field));

        Assert.Equal(expectedName, field.Name);
        Assert.Equal(product, field.GetRaw());
    }

    [Fact]
    public void Decode_DeveloperFields_TakeNameScaleAndUnitsFromTheirDescription()
    {
        var file = new FitFileBuilder()
            .Define(0, 207, false, (3, 1, FitUInt8))                                       // developer_data_id
            .Data(0, 0)
            .Define(1, 206, false, (0, 1, FitUInt8), (1, 1, FitUInt8), (2, 1, FitUInt8), (3, 8, FitString), (6, 1, FitUInt8), (8, 4, FitString))
            .Data(1, 0, 7, FitUInt16, "Power", 10, "W")                                    // field_description
            .Define(2, Record, false, [(3, 1, FitUInt8)], [(7, 2, 0), (9, 1, 0)])           // field 9 is never described
            .Data(2, 150, new byte[] { 0xC4, 0x09 }, new byte[] { 0x42 })
            .Build();

        var (result, messages) = MessageCollector.Decode(file);
        var record = messages[^1];

        Assert.True(result.DecodeOk);
        Assert.True(record.HasDeveloperFields);
        Assert.Equal(2, record.Fields.Count); // heart rate and Power; the undescribed byte is skipped
        var power = record.Fields[1];
        Assert.Equal(("Power", "W", true), (power.Name, power.Descriptor.Units, power.Descriptor.IsDeveloper));
        Assert.Equal(250.0, power.Value); // 2500 / 10
        Assert.Equal(1, result.Statistics.DefinitionsWithDeveloperFields);
    }

    [Fact]
    public void Decode_FileCrcMismatch_IsReportedWithItsOffset_AndKeepsTheMessages()
    {
        var file = new FitFileBuilder().Define(0, Record, false, (3, 1, FitUInt8)).Data(0, 150).Build();
        file[^1] ^= 0xFF;

        var (result, messages) = MessageCollector.Decode(file);

        Assert.False(result.IntegrityOk);
        Assert.Single(messages);
        var error = Assert.Single(result.Errors);
        Assert.Equal(file.Length - 2, error.Offset);
        Assert.StartsWith($"at byte {file.Length - 2}: file CRC 0x", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("does not match the computed", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_HeaderCrc_ZeroIsAccepted_AndAMismatchIsReported()
    {
        var builder = new FitFileBuilder().Define(0, Record, false, (3, 1, FitUInt8)).Data(0, 150);
        var unset = builder.Build(headerCrc: false);
        var wrong = builder.Build();
        wrong[12] ^= 0x01;
        // The file CRC covers the header too: make it right again so that only the header CRC is wrong.
        System.Buffers.Binary.BinaryPrimitives.WriteUInt16LittleEndian(wrong.AsSpan(wrong.Length - 2), FitFileBuilder.Crc(wrong.AsSpan(0, wrong.Length - 2)));

        Assert.True(FitDecoder.Decode(unset, null).IntegrityOk);
        var result = FitDecoder.Decode(wrong, null);
        Assert.False(result.IntegrityOk);
        Assert.Equal(12, Assert.Single(result.Errors).Offset);
    }

    [Fact]
    public void Decode_HeaderPromisingMoreThanTheFileHas_ReportsTruncation_AndKeepsWhatIsThere()
    {
        var file = new FitFileBuilder().Define(0, Record, false, (3, 1, FitUInt8)).Data(0, 150).Data(0, 151).Build(dataSizeLie: 1_000_000);

        var (result, messages) = MessageCollector.Decode(file);

        Assert.False(result.IntegrityOk);
        Assert.Contains("announces 1000000 data bytes", result.Errors[0].Problem, StringComparison.Ordinal);
        Assert.True(messages.Count >= 2);
    }

    [Fact]
    public void Decode_DataForAnUndefinedLocalType_StopsWithAnError_AfterKeepingEarlierMessages()
    {
        var file = new FitFileBuilder().Define(0, Record, false, (3, 1, FitUInt8)).Data(0, 150).Raw(0x05, 0x00).Build();

        var (result, messages) = MessageCollector.Decode(file);

        Assert.Single(messages);
        var error = Assert.Single(result.Errors);
        Assert.Equal(14 + 9 + 2, error.Offset); // header, definition, one data message
        Assert.Equal("data message for local type 5, which no definition message has declared", error.Problem);
    }

    [Fact]
    public void Decode_ChainedUnits_AreAllRead_AndDefinitionsDoNotCarryOver()
    {
        var first = new FitFileBuilder().Define(0, Record, false, (3, 1, FitUInt8)).Data(0, 150).Build();
        var second = new FitFileBuilder().Define(0, Event, false, (0, 1, FitEnum)).Data(0, 9).Build();

        var (result, messages) = MessageCollector.Decode([.. first, .. second]);

        Assert.True(result.DecodeOk && result.IntegrityOk);
        Assert.Equal(2, result.Headers.Count);
        Assert.Equal(first.Length, result.Headers[1].Offset);
        Assert.Equal(["record", "event"], messages.Select(m => m.Name));
    }

    [Theory]
    [InlineData(new byte[0], "the file is empty")]
    [InlineData(new byte[] { 14, 0x20, 0, 0, 0, 0, 0, 0, (byte)'P', (byte)'K', 3, 4, 0, 0 }, "not a FIT file: bytes 8-11 of the header are not \".FIT\"")]
    [InlineData(new byte[] { 14, 0x20, 0, 0 }, "not a FIT file: 4 bytes are too few for a header (12 or 14)")]
    public void Decode_NotFit_SaysWhy(byte[] file, string expected)
    {
        var result = FitDecoder.Decode(file, null);

        Assert.False(result.IsFit);
        Assert.Equal(expected, result.Errors[0].Problem);
    }
}
