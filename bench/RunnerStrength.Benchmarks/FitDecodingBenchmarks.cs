using BenchmarkDotNet.Attributes;
using RunnerStrength.Fit.Decoding;
using RunnerStrength.Fit.Summary;

namespace RunnerStrength.Benchmarks;

/// <summary>
/// One operation decodes every corpus file once, already in memory. MB/s = corpus bytes / mean time;
/// the corpus size is printed by <see cref="Setup"/>.
/// </summary>
[MemoryDiagnoser]
public class FitDecodingBenchmarks
{
    private IReadOnlyList<byte[]> _files = [];

    [GlobalSetup]
    public void Setup()
    {
        _files = CorpusFiles.Load();
        Console.WriteLine($"// corpus: {_files.Count} files, {_files.Sum(f => f.Length)} bytes");
    }

    /// <summary>What <c>fit bench</c> measures: every field of every message turned into its scaled value.</summary>
    [Benchmark(Baseline = true)]
    public double FullDecode()
    {
        var sink = new ScaledValueSink();
        foreach (var file in _files)
        {
            FitDecoder.Decode(file, sink);
        }

        return sink.Checksum;
    }

    /// <summary>What <c>fit inspect</c> does: sessions, counts and record timestamps.</summary>
    [Benchmark]
    public int Summarize()
    {
        var records = 0;
        foreach (var file in _files)
        {
            records += FitSummaryBuilder.Summarize(file).Summary.RecordCount;
        }

        return records;
    }

    /// <summary>Structure, CRCs, expansions and presence checks, with no value converted.</summary>
    [Benchmark]
    public int DecodeOnly()
    {
        var messages = 0;
        foreach (var file in _files)
        {
            messages += FitDecoder.Decode(file, null).Statistics.DataMessages;
        }

        return messages;
    }
}
