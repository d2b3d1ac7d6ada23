using Xunit;

namespace RunnerStrength.Testing;

/// <summary>Finds the repository, its fixtures, and the read-only <c>../shared</c> folder beside it.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Fixtures(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "fixtures", .. parts]);

    /// <summary>
    /// The <c>shared</c> folder next to the repository. Outside CI a test that needs it is skipped when
    /// it is missing; with <c>CI=true</c> a missing folder fails the test, so CI never passes by skipping.
    /// </summary>
    public static string RequireShared(params string[] parts)
    {
        var shared = Environment.GetEnvironmentVariable("RUNNERSTRENGTH_SHARED") is { Length: > 0 } configured
            ? configured
            : Path.GetFullPath(Path.Combine(Root, "..", "shared"));
        var path = Path.Combine([shared, .. parts]);
        if (File.Exists(path) || Directory.Exists(path))
        {
            return path;
        }

        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"CI=true but {path} is missing: the shared folder must sit beside the repository.");
        }

        Skip.If(true, $"{path} is missing (tests that need ../shared run only where it exists, and always in CI).");
        return path;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "RunnerStrength.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No RunnerStrength.sln above {AppContext.BaseDirectory}.");
    }
}
