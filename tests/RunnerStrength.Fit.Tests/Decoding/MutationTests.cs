using System.Buffers.Binary;
using System.Diagnostics;
using RunnerStrength.Fit.Decoding;
using RunnerStrength.Testing;

namespace RunnerStrength.Fit.Tests.Decoding;

/// <summary>
/// The fault contract over thousands of damaged real files: decoding returns (never throws), names
/// every problem with an offset inside the file, finishes quickly, and allocates at most four times
/// the file's size beyond a small fixed amount, whatever the damaged headers claim.
/// </summary>
public class MutationTests
{
    // Result objects, the header list and at most a few error sentences: independent of the file's size.
    private const long FixedAllocationAllowance = 16 * 1024;

    public static TheoryData<string> Fixtures() =>
        new(Directory.GetFiles(RepositoryPaths.Fixtures("fit"), "*.fit").Select(Path.GetFileName).Order()!);

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Decode_MutatedFile_KeepsTheFaultContract(string name)
    {
        var original = File.ReadAllBytes(RepositoryPaths.Fixtures("fit", name));
        var random = new Random(name.GetHashCode(StringComparison.Ordinal) ^ 20261127); // seeded per file
        var sink = new CountingSink();
        FitDecoder.Decode(original, sink); // warm-up: the per-thread decoder state is allocated once

        for (var i = 0; i < 400; i++)
        {
            var mutated = Mutate(original, random, out var description);
            var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            var clock = Stopwatch.StartNew();

            var result = FitDecoder.Decode(mutated, sink);

            clock.Stop();
            var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"{name} {description}: took {clock.Elapsed}");
            Assert.True(allocated <= (4L * mutated.Length) + FixedAllocationAllowance, $"{name} {description}: allocated {allocated} bytes for {mutated.Length}");
            Assert.All(result.Errors, e => Assert.InRange(e.Offset, 0, Math.Max(0, mutated.Length)));
            Assert.All(result.Errors, e => Assert.False(string.IsNullOrWhiteSpace(e.Problem)));
            if (!result.DecodeOk || !result.IntegrityOk)
            {
                Assert.NotEmpty(result.Errors);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Decode_EveryTruncation_KeepsTheMessagesBeforeTheCut(string name)
    {
        var original = File.ReadAllBytes(RepositoryPaths.Fixtures("fit", name));
        var full = new CountingSink();
        FitDecoder.Decode(original, full);
        var step = Math.Max(1, original.Length / 200);
        var previous = 0;

        for (var length = 0; length < original.Length; length += step)
        {
            var sink = new CountingSink();
            var result = FitDecoder.Decode(original[..length], sink);

            Assert.False(result.IntegrityOk, $"{name} cut at {length} passes as whole");
            Assert.InRange(sink.Messages, previous, full.Messages);
            previous = sink.Messages; // a longer prefix never yields fewer messages
        }
    }

    private static byte[] Mutate(byte[] original, Random random, out string description)
    {
        var file = (byte[])original.Clone();
        switch (random.Next(5))
        {
            case 0:
                var flips = random.Next(1, 8);
                for (var i = 0; i < flips; i++)
                {
                    file[random.Next(file.Length)] ^= (byte)(1 << random.Next(8));
                }

                description = $"{flips} bit flips";
                return file;
            case 1:
                var length = random.Next(file.Length);
                description = $"truncated to {length}";
                return file[..length];
            case 2:
                // The header lies about the data size, as hostile or broken writers do.
                var lie = (uint)random.NextInt64(0, uint.MaxValue);
                BinaryPrimitives.WriteUInt32LittleEndian(file.AsSpan(4), lie);
                description = $"data size {lie}";
                return file;
            case 3:
                // A definition's field count or a field size lies: find a definition header and change it.
                var at = FindDefinition(file, random);
                var target = at + 5 + random.Next(0, 3);
                if (target < file.Length)
                {
                    file[target] = (byte)random.Next(256);
                }

                description = $"definition at {at} altered at {target}";
                return file;
            default:
                var start = random.Next(file.Length);
                var count = Math.Min(file.Length - start, random.Next(1, 64));
                random.NextBytes(file.AsSpan(start, count));
                description = $"{count} random bytes at {start}";
                return file;
        }
    }

    private static int FindDefinition(byte[] file, Random random)
    {
        for (var tries = 0; tries < 100; tries++)
        {
            var at = random.Next(14, Math.Max(15, file.Length - 6));
            if (at + 2 < file.Length && (file[at] & 0xC0) == 0x40 && file[at + 1] == 0 && file[at + 2] <= 1)
            {
                return at;
            }
        }

        return 14;
    }

    /// <summary>Reads every value without keeping anything, so allocations are the decoder's own.</summary>
    private sealed class CountingSink : IFitMessageSink
    {
        public int Messages { get; private set; }

        public double Sum { get; private set; }

        public void OnMessage(FitMessage message)
        {
            Messages++;
            foreach (var field in message.Fields)
            {
                Sum += field.Value ?? 0;
            }
        }
    }
}
