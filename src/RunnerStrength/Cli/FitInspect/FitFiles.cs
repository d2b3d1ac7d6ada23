namespace RunnerStrength.Cli.FitInspect;

/// <summary>Expands the PATH arguments of the fit verbs: files as given, folders to their *.fit files.</summary>
internal static class FitFiles
{
    /// <returns>The files, or the first path that does not exist.</returns>
    public static (IReadOnlyList<string> Files, string? Missing) Expand(IEnumerable<string> paths)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                files.Add(path);
            }
            else if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => f.EndsWith(".fit", StringComparison.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal));
            }
            else
            {
                return (files, path);
            }
        }

        return (files, null);
    }
}
