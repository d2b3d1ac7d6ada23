using RunnerStrength.Fit.Decoding;
using RunnerStrength.Fit.Profile;
using RunnerStrength.Training.Activities;

namespace RunnerStrength.Fit.Activities;

/// <summary>
/// Turns a FIT activity file into the domain's activities: one per session (a triathlon file gives
/// several), with laps, heart-rate and speed distributions from the records, training effect, and the
/// sets of a strength activity.
/// </summary>
public sealed class FitActivityReader : IFitMessageSink
{
    // Gaps longer than this (pauses, lost signal) are not counted as time at the last value.
    private static readonly TimeSpan LongestSample = TimeSpan.FromSeconds(10);

    private readonly List<FitMessage> _sessions = [];
    private readonly List<FitMessage> _laps = [];
    private readonly List<FitMessage> _sets = [];
    private readonly List<(uint Time, double? HeartRate, double? Speed)> _records = [];
    private string? _device;
    private long? _localOffsetSeconds;

    /// <summary>Decodes <paramref name="file"/> and returns its activities, identified by <paramref name="fileHash"/>.</summary>
    /// <param name="file">The FIT file's bytes.</param>
    /// <param name="fileHash">The file's content hash: the FIT activity id (<c>fit:HASH</c>), so the same file imports once.</param>
    /// <param name="athleteZone">Used for the local start when the file has no local timestamp.</param>
    public static (IReadOnlyList<Activity> Activities, FitDecodeResult Result) Read(byte[] file, string fileHash, TimeZoneInfo athleteZone)
    {
        ArgumentNullException.ThrowIfNull(athleteZone);
        var reader = new FitActivityReader();
        var result = FitDecoder.Decode(file, reader);
        return (reader.Build(fileHash, athleteZone), result);
    }

    /// <inheritdoc/>
    public void OnMessage(FitMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        switch (message.GlobalNumber)
        {
            case 0 when _device is null:
                _device = DeviceName(message);
                break;
            case 18:
                _sessions.Add(message.Snapshot());
                break;
            case 19:
                _laps.Add(message.Snapshot());
                break;
            case 20 when message.GetValue(253) is { } time:
                _records.Add(((uint)time, message.GetValue(3), message.GetValue(73) ?? message.GetValue(6)));
                break;
            case 34 when message.GetRaw(5) is { } local && message.GetRaw(253) is { } utc:
                _localOffsetSeconds = local - utc;
                break;
            case 225:
                _sets.Add(message.Snapshot());
                break;
        }
    }

    private static string? DeviceName(FitMessage fileId)
    {
        var manufacturer = fileId.GetRaw(1) is { } m ? FitEnums.Name("manufacturer", m) : null;
        var product = fileId.TryGetField(2, out var field) && field.Name is "garmin_product" or "favero_product" && field.GetRaw() is { } p
            ? FitEnums.Name(field.Name, p)
            : fileId.GetString(8);
        return manufacturer is null ? product : product is null ? manufacturer : $"{manufacturer} {product}";
    }

    private List<Activity> Build(string fileHash, TimeZoneInfo zone)
    {
        var activities = new List<Activity>();
        for (var i = 0; i < _sessions.Count; i++)
        {
            var session = _sessions[i];
            if (session.GetValue(2) is not { } startRaw)
            {
                continue;
            }

            var start = FitDateTime.ToDateTimeOffset(startRaw);
            var elapsed = TimeSpan.FromSeconds(session.GetValue(7) ?? 0);
            var end = (uint)(startRaw + elapsed.TotalSeconds);
            var local = _localOffsetSeconds is { } offset && Math.Abs(offset) <= 14 * 3600
                ? start.UtcDateTime.AddSeconds(offset)
                : TimeZoneInfo.ConvertTime(start, zone).DateTime;
            var records = _records.Where(r => r.Time >= (uint)startRaw && r.Time <= end).ToList();
            var subSport = session.GetRaw(6);
            activities.Add(new Activity(
                new ActivityId(ActivitySource.Fit, i == 0 ? fileHash : $"{fileHash}-{i}"),
                start,
                DateTime.SpecifyKind(local, DateTimeKind.Unspecified),
                FitSports.ToSport(session.GetRaw(5), subSport),
                elapsed,
                TimeSpan.FromSeconds(session.GetValue(8) ?? elapsed.TotalSeconds))
            {
                DistanceM = session.GetValue(9),
                ElevationGainM = session.GetValue(22),
                AverageHeartRate = session.GetValue(16),
                MaxHeartRate = session.GetValue(17),
                IsIndoor = FitSports.IsIndoor(subSport),
                Laps = Laps((uint)startRaw, end),
                HeartRate = Distribution(records, r => r.HeartRate, 1),
                Speed = Distribution(records, r => r.Speed, 0.1),
                Device = _device,
                AerobicTrainingEffect = session.GetValue(24),
                AnaerobicTrainingEffect = session.GetValue(137),
                StrengthSets = Sets(),
                Name = FitEnums.Name("sport", session.GetRaw(5) ?? 0) is { } name ? $"{name} ({FitEnums.Name("sub_sport", subSport ?? 0) ?? "generic"})" : "",
            });
        }

        return activities;
    }

    private const long DeadliftCategory = 8;

    private List<Lap> Laps(uint start, uint end) => _laps
        .Where(l => l.GetValue(2) is { } s && s >= start && s <= end)
        .Select(l => new Lap(TimeSpan.FromSeconds(l.GetValue(8) ?? l.GetValue(7) ?? 0), l.GetValue(9))
        {
            AverageHeartRate = l.GetValue(15),
            Intensity = l.GetRaw(23) is { } intensity ? (LapIntensity)Math.Clamp(intensity, 0, 6) : null,
            WorkoutStepIndex = l.GetRaw(71) is { } step ? (int)step : null,
        })
        .ToList();

    // Active deadlift sets with repetitions: exercise category 8 is deadlift; a set without a category
    // (older watches) is counted, one of another exercise (squat, bench press) is not.
    private List<StrengthSet> Sets() => _sets
        .Where(s => s.GetRaw(5) == 1 && s.GetRaw(3) is > 0 && s.GetRaw(7) is null or DeadliftCategory)
        .Select(s => new StrengthSet((int)s.GetRaw(3)!.Value, s.GetValue(4)))
        .ToList();

    private static TimeDistribution? Distribution(List<(uint Time, double? HeartRate, double? Speed)> records, Func<(uint Time, double? HeartRate, double? Speed), double?> value, double binWidth)
    {
        var samples = new List<(double Value, TimeSpan Duration)>();
        for (var i = 0; i + 1 < records.Count; i++)
        {
            var step = TimeSpan.FromSeconds(records[i + 1].Time - (double)records[i].Time);
            if (value(records[i]) is { } v && step > TimeSpan.Zero)
            {
                samples.Add((v, step < LongestSample ? step : LongestSample));
            }
        }

        return samples.Count == 0 ? null : TimeDistribution.From(binWidth, samples);
    }
}
