using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using RunnerStrength.Fit.Decoding;
using RunnerStrength.Fit.Summary;

namespace RunnerStrength.Cli.FitInspect;

/// <summary><c>fit inspect</c> and <c>fit bench</c>: the FIT decoder on its own, no store needed.</summary>
internal static class FitCommand
{
    public static Command Create()
    {
        var fit = new Command("fit", "Inspect FIT files or measure the decoder");
        fit.Subcommands.Add(CreateInspect());
        fit.Subcommands.Add(CreateBench());
        return fit;
    }

    private static Command CreateInspect()
    {
        var files = new Argument<string[]>("FILE") { Description = "FIT files or folders of them", Arity = ArgumentArity.OneOrMore };
        var json = CommonOptions.Json("each file's summary");
        var inspect = new Command("inspect", "Decode FIT files and summarise them (sessions, counts, problems)") { files, json };
        inspect.SetAction(async (result, cancellationToken) =>
        {
            var (paths, missing) = FitFiles.Expand(result.GetRequiredValue(files));
            if (missing is not null)
            {
                await Console.Error.WriteLineAsync($"{missing}: no such file or folder.");
                return ExitCodes.Usage;
            }

            var allClean = true;
            foreach (var path in paths)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var bytes = await File.ReadAllBytesAsync(path, cancellationToken);
                var (decoded, summary) = FitSummaryBuilder.Summarize(bytes);
                allClean &= decoded.DecodeOk && decoded.IntegrityOk;
                Console.WriteLine(result.GetValue(json)
                    ? FitInspectJson.Write(path, bytes.Length, decoded, summary)
                    : FitInspectText.Write(path, bytes.Length, decoded, summary));
            }

            return allClean ? ExitCodes.Success : ExitCodes.Failure;
        });
        return inspect;
    }

    private static Command CreateBench()
    {
        var paths = new Argument<string[]>("PATH") { Description = "FIT files or folders of them", Arity = ArgumentArity.OneOrMore };
        var repeat = new Option<int>("--repeat") { Description = "Decode every file this many times (default 20)", DefaultValueFactory = _ => 20 };
        var bench = new Command("bench", "Measure full decoding (every field scaled) of files already in memory") { paths, repeat };
        bench.SetAction(async (result, cancellationToken) =>
        {
            var (files, missing) = FitFiles.Expand(result.GetRequiredValue(paths));
            var times = result.GetValue(repeat);
            if (missing is not null || times < 1 || files.Count == 0)
            {
                await Console.Error.WriteLineAsync(missing is not null ? $"{missing}: no such file or folder." : times < 1 ? "--repeat must be at least 1." : "No .fit files found.");
                return ExitCodes.Usage;
            }

            var contents = new List<byte[]>();
            foreach (var file in files)
            {
                contents.Add(await File.ReadAllBytesAsync(file, cancellationToken));
            }

            // Warm-up long enough for the JIT's tiering to reach optimised code, as a long-running service has.
            var warmUp = Stopwatch.StartNew();
            while (warmUp.Elapsed < TimeSpan.FromSeconds(2))
            {
                Decode(contents, new ScaledValueSink());
            }

            var megabytes = contents.Sum(c => (double)c.Length) / 1e6;
            var one = Measure(contents, times, threads: 1);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{files.Count} files, {megabytes:0.000} MB, {times} passes: {one.MegabytesPerSecond:0.0} MB/s, {one.RecordsPerSecond:0} records/s, {one.MessagesPerSecond:0} messages/s, {one.ValuesPerSecond:0} values/s on 1 thread"));
            if (Environment.ProcessorCount > 1)
            {
                // A folder of files decodes in parallel (the decoder keeps its state per thread). Reported on its
                // own line so that the one-thread figure stays comparable with single-threaded decoders.
                var all = Measure(contents, times, Environment.ProcessorCount);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{all.MegabytesPerSecond:0.0} MB/s, {all.RecordsPerSecond:0} records/s on {Environment.ProcessorCount} threads"));
            }

            return ExitCodes.Success;
        });
        return bench;
    }

    /// <summary>Every thread decodes every file <paramref name="times"/> times, converting every value.</summary>
    private static Throughput Measure(List<byte[]> contents, int times, int threads)
    {
        var sinks = Enumerable.Range(0, threads).Select(_ => new ScaledValueSink()).ToArray();
        var clock = Stopwatch.StartNew();
        Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, thread =>
        {
            for (var pass = 0; pass < times; pass++)
            {
                Decode(contents, sinks[thread]);
            }
        });
        var seconds = clock.Elapsed.TotalSeconds;
        var bytes = contents.Sum(c => (double)c.Length) * times * threads;
        return new Throughput(bytes / 1e6 / seconds, sinks.Sum(s => s.Records) / seconds, sinks.Sum(s => s.Messages) / seconds, sinks.Sum(s => s.Values) / seconds);
    }

    private static void Decode(List<byte[]> contents, ScaledValueSink sink)
    {
        foreach (var content in contents)
        {
            FitDecoder.Decode(content, sink);
        }
    }

    private readonly record struct Throughput(double MegabytesPerSecond, double RecordsPerSecond, double MessagesPerSecond, double ValuesPerSecond);
}
