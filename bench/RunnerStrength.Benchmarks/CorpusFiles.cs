namespace RunnerStrength.Benchmarks;

/// <summary>The FIT files to measure: shared/fit-corpus beside the repository, else the repository's fixtures.</summary>
internal static class CorpusFiles
{
    public static IReadOnlyList<byte[]> Load()
    {
        var folder = Environment.GetEnvironmentVariable("RUNNERSTRENGTH_FIT_CORPUS") ?? Find("../shared/fit-corpus") ?? Find("fixtures/fit")
            ?? throw new DirectoryNotFoundException("Set RUNNERSTRENGTH_FIT_CORPUS to a folder of .fit files.");
        return Directory.GetFiles(folder, "*.fit").Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToList();
    }

    private static string? Find(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "RunnerStrength.sln")))
            {
                var path = Path.GetFullPath(Path.Combine(dir.FullName, relative));
                return Directory.Exists(path) ? path : null;
            }
        }

        return null;
    }
}
