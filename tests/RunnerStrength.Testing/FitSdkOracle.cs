using System.Diagnostics;
using System.Text.Json;
using Xunit;

namespace RunnerStrength.Testing;

/// <summary>
/// The official Garmin FIT JavaScript SDK (tests/fitref, installed by test.sh with <c>npm ci</c>) reading
/// files we wrote: the oracle for the workout encoder. Outside CI a test is skipped when Node or the SDK
/// is missing; with <c>CI=true</c> it fails instead, so CI never passes by skipping.
/// </summary>
public static class FitSdkOracle
{
    private static string Folder => Path.Combine(RepositoryPaths.Root, "tests", "fitref");

    /// <summary>One JSON document per file: integrity, read errors, file_id, workout and its steps.</summary>
    public static async Task<IReadOnlyList<JsonElement>> ReadWorkoutsAsync(params string[] files)
    {
        Require();
        var info = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = Folder };
        info.ArgumentList.Add("workout.mjs");
        foreach (var file in files)
        {
            info.ArgumentList.Add(file);
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"The FIT SDK oracle failed ({process.ExitCode}): {await error}");
        }

        return [.. (await output).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement.Clone())];
    }

    private static void Require()
    {
        var sdk = Path.Combine(Folder, "node_modules", "@garmin", "fitsdk");
        var node = Environment.GetEnvironmentVariable("PATH")?.Split(':').Any(p => File.Exists(Path.Combine(p, "node"))) == true;
        if (node && Directory.Exists(sdk))
        {
            return;
        }

        var missing = node ? $"{sdk} (run: npm ci --prefix tests/fitref)" : "node (apt-get install nodejs npm)";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"CI=true but the FIT SDK oracle is missing: {missing}.");
        }

        Skip.If(true, $"The FIT SDK oracle is missing: {missing}.");
    }
}
