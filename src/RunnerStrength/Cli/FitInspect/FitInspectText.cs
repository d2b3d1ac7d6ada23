using System.Globalization;
using System.Text;
using RunnerStrength.Fit.Decoding;
using RunnerStrength.Fit.Profile;
using RunnerStrength.Fit.Summary;

namespace RunnerStrength.Cli.FitInspect;

/// <summary>The human-readable summary of one file.</summary>
internal static class FitInspectText
{
    public static string Write(string file, long size, FitDecodeResult result, FitSummary summary)
    {
        var text = new StringBuilder();
        var state = !result.IsFit ? "not a FIT file" : result.DecodeOk && result.IntegrityOk ? "ok" : "FAULTY";
        text.AppendLine(CultureInfo.InvariantCulture, $"{file}: {state}, {size} bytes, {result.Headers.Count} FIT unit(s), {result.Statistics.DataMessages} messages");
        foreach (var error in result.Errors)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  problem {error}");
        }

        if (summary.FileId is { } id)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  file: {Name("file", id.Type)} by {Name("manufacturer", id.Manufacturer)} {id.ProductName ?? id.Product?.ToString(CultureInfo.InvariantCulture)}, created {id.TimeCreated:u}");
        }

        foreach (var s in summary.Sessions)
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"  session: {Name("sport", s.Sport)}/{Name("sub_sport", s.SubSport)} from {s.StartTime:u}, {s.TotalTimerTime:0} s, {s.TotalDistance:0} m, HR avg {s.AvgHeartRate} max {s.MaxHeartRate}, {s.NumLaps} laps");
        }

        text.Append(CultureInfo.InvariantCulture, $"  {summary.RecordCount} records, {summary.LapCount} laps");
        return text.ToString();
    }

    private static string Name(string type, long? value) =>
        value is { } v ? FitEnums.Name(type, v) ?? v.ToString(CultureInfo.InvariantCulture) : "?";
}
