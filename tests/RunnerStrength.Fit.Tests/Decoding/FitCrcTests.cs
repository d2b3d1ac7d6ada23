using RunnerStrength.Fit.Decoding;
using RunnerStrength.Testing;

namespace RunnerStrength.Fit.Tests.Decoding;

public class FitCrcTests
{
    [Fact]
    public void Compute_CheckString_IsTheCatalogueValue() =>
        Assert.Equal(0xBB3D, FitCrc.Compute("123456789"u8));

    [Theory]
    [InlineData(0)]    // nothing at all
    [InlineData(7)]    // shorter than one 8-byte slice
    [InlineData(8)]    // exactly one slice
    [InlineData(1000)] // slices and a tail
    public void Compute_EightAtATime_EqualsBitByBit(int length)
    {
        var data = new byte[length];
        new Random(length).NextBytes(data);

        Assert.Equal(FitFileBuilder.Crc(data), FitCrc.Compute(data));
    }
}
