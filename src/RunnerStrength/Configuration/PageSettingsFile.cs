using System.Text.Json;
using System.Text.Json.Nodes;

namespace RunnerStrength.Configuration;

/// <summary>
/// The settings made on the Settings page (Strava's application, the calendars' server and OAuth clients):
/// <c>settings.json</c> in the data folder, read as configuration beneath the operator's own files, environment
/// and command line, which therefore win. Secrets are kept in the <c>protected:…</c> form (encrypted with the
/// key ring), which the options read like a protected value given in a file.
/// </summary>
internal static class PageSettingsFile
{
    public const string FileName = "settings.json";

    public static string PathIn(string dataDirectory) => Path.Combine(Path.GetFullPath(dataDirectory), FileName);

    /// <summary>The keys set on the page, as stored (secrets still protected); empty when there is no file.</summary>
    public static IReadOnlyDictionary<string, string> Read(string dataDirectory)
    {
        var path = PathIn(dataDirectory);
        if (!File.Exists(path))
        {
            return new Dictionary<string, string>();
        }

        var root = JsonNode.Parse(File.ReadAllText(path)) as JsonObject ?? [];
        return root.Where(p => p.Value is JsonValue).ToDictionary(p => p.Key, p => p.Value!.GetValue<string>(), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Sets (or, for null, removes) <paramref name="changes"/>, keeping the other keys; the file is replaced in one move.</summary>
    public static async Task WriteAsync(string dataDirectory, IReadOnlyDictionary<string, string?> changes, CancellationToken cancellationToken)
    {
        var current = new Dictionary<string, string>(Read(dataDirectory), StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in changes)
        {
            if (value is null)
            {
                current.Remove(key);
            }
            else
            {
                current[key] = value;
            }
        }

        var json = new JsonObject();
        foreach (var (key, value) in current.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            json[key] = value;
        }

        var path = PathIn(dataDirectory);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + ".tmp";
        await File.WriteAllTextAsync(temporary, json.ToJsonString(new JsonSerializerOptions { WriteIndented = true }), cancellationToken);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(temporary, UnixFileMode.UserRead | UnixFileMode.UserWrite); // readable by the service's user only, like the key ring
        }

        File.Move(temporary, path, overwrite: true);
    }
}
