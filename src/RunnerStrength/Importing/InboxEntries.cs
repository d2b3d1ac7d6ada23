namespace RunnerStrength.Importing;

/// <summary>
/// The files under the inbox, walked without following symbolic links: a link (to a file, to a folder, or to
/// nothing) is listed with the problem that it is one, so it is quarantined as a link and its target is never
/// read, moved or walked.
/// </summary>
internal static class InboxEntries
{
    public sealed record Entry(FileInfo File, string? Problem);

    public static IEnumerable<Entry> Under(string folder)
    {
        var pending = new Stack<DirectoryInfo>([new DirectoryInfo(folder)]);
        while (pending.Count > 0)
        {
            var directory = pending.Pop();
            foreach (var entry in directory.EnumerateFileSystemInfos())
            {
                if (entry.LinkTarget is { } target)
                {
                    yield return new Entry(new FileInfo(entry.FullName), $"it is a symbolic link (to {target}), which is never followed");
                }
                else if (entry is DirectoryInfo child)
                {
                    pending.Push(child);
                }
                else if (entry is FileInfo file)
                {
                    yield return new Entry(file, null);
                }
            }
        }
    }
}
