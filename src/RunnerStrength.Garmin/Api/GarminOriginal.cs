using System.IO.Compression;

namespace RunnerStrength.Garmin.Api;

/// <summary>
/// An activity's original file as the download gives it: a ZIP holding the <c>.fit</c> (told by its first
/// bytes, <c>PK\x03\x04</c>), or the raw FIT file (<c>.FIT</c> at bytes 8-11).
/// </summary>
public static class GarminOriginal
{
    /// <summary>Largest FIT file taken out of a ZIP: no watch writes more; a bigger entry is not ours to inflate.</summary>
    public const long MaxFitBytes = 64L * 1024 * 1024;

    /// <summary>The FIT bytes, or null and why not.</summary>
    public static byte[]? FitOf(byte[] download, out string kind)
    {
        ArgumentNullException.ThrowIfNull(download);
        if (download.AsSpan().StartsWith("PK\x03\x04"u8))
        {
            kind = "a ZIP";
            return FromZip(download, ref kind);
        }

        if (download.Length >= 12 && download.AsSpan(8, 4).SequenceEqual(".FIT"u8))
        {
            kind = "a FIT file";
            return download;
        }

        kind = $"neither a ZIP nor a FIT file ({download.Length} bytes)";
        return null;
    }

    private static byte[]? FromZip(byte[] download, ref string kind)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(download), ZipArchiveMode.Read);
            var entry = zip.Entries.FirstOrDefault(e => e.FullName.EndsWith(".fit", StringComparison.OrdinalIgnoreCase));
            if (entry is null)
            {
                kind = $"a ZIP without a .fit ({string.Join(", ", zip.Entries.Select(e => e.FullName))})";
                return null;
            }

            if (entry.Length > MaxFitBytes)
            {
                kind = $"a ZIP whose {entry.FullName} is {entry.Length} bytes, over the {MaxFitBytes} limit";
                return null;
            }

            using var stream = entry.Open();
            using var fit = new MemoryStream((int)entry.Length);
            stream.CopyTo(fit);
            kind = $"a ZIP holding {entry.FullName}";
            return fit.ToArray();
        }
        catch (Exception e) when (e is InvalidDataException or NotSupportedException or IOException)
        {
            // Damaged or crafted (an unknown compression method, a stream cut short): this download's problem only.
            kind = $"a damaged ZIP ({e.Message})";
            return null;
        }
    }
}
