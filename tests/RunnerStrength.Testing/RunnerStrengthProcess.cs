using System.Diagnostics;

namespace RunnerStrength.Testing;

/// <summary>Runs the real built executable, as a user would, in a working folder of the test's choosing.</summary>
public static class RunnerStrengthProcess
{
    /// <summary>The built <c>runnerstrength.dll</c> of the same configuration as the running tests.</summary>
    public static string Executable { get; } = FindExecutable();

    public static ProcessStartInfo StartInfo(string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Executable);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }

        return info;
    }

    public static async Task<ProcessResult> RunAsync(string workingDirectory, params string[] args) =>
        await RunAsync(workingDirectory, null, args);

    public static Task<ProcessResult> RunAsync(string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] args) =>
        RunWithInputAsync(workingDirectory, environment, "", args);

    /// <summary>Runs the executable with <paramref name="input"/> on its standard input.</summary>
    public static async Task<ProcessResult> RunWithInputAsync(string workingDirectory, IReadOnlyDictionary<string, string>? environment, string input, params string[] args)
    {
        using var process = Process.Start(StartInfo(workingDirectory, environment, args))!;
        await process.StandardInput.WriteAsync(input);
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return new ProcessResult(process.ExitCode, await stdout, await stderr);
    }

    private static string FindExecutable()
    {
        // Tests run from tests/X/bin/<Configuration>/net10.0; the executable is built to the same configuration.
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
        var path = Path.Combine(RepositoryPaths.Root, "src", "RunnerStrength", "bin", configuration, "net10.0", "runnerstrength.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException($"Build the solution first: {path} is missing.", path);
    }
}
