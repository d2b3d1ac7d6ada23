using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using RunnerStrength.Fit.Decoding;
using RunnerStrength.Fit.Summary;

namespace RunnerStrength.Cli.Fit;

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

            Decode(contents); // Warm-up: JIT and the profile tables.
            var clock = Stopwatch.StartNew();
            var sink = new ScaledValueSink();
            for (var i = 0; i < times; i++)
            {
                Decode(contents, sink);
            }

            var seconds = clock.Elapsed.TotalSeconds;
            var megabytes = contents.Sum(c => (double)c.Length) * times / 1e6;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{files.Count} files, {megabytes / times:0.000} MB, {times} passes: {megabytes / seconds:0.0} MB/s, {sink.Records / seconds:0} records/s, {sink.Messages / seconds:0} messages/s, {sink.Values / seconds:0} values/s (checksum {sink.Checksum:0.###E+0})"));
            return ExitCodes.Success;
        });
        return bench;
    }

    private static void Decode(List<byte[]> contents, ScaledValueSink? sink = null)
    {
        sink ??= new ScaledValueSink();
        foreach (var content in contents)
        {
            FitDecoder.Decode(content, sink);
        }
    }
}
