using System.Text.Json;
using RunnerStrength.Training.Activities;

namespace RunnerStrength.Storage.Activities;

/// <summary>Converts between stored rows and domain activities.</summary>
internal static class ActivityRowMapping
{
    /// <summary>How a source is written in the <c>source</c> column.</summary>
    public static string SourceName(ActivitySource source) => source == ActivitySource.Strava ? "strava" : "fit";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static ActivityRow ToRow(this Activity activity, int athleteId) => new()
    {
        AthleteId = athleteId,
        Source = SourceName(activity.Id.Source),
        SourceId = activity.Id.Value,
        Start = activity.Start,
        LocalStart = activity.LocalStart,
        Sport = activity.Sport.ToString(),
        ElapsedSeconds = activity.Elapsed.TotalSeconds,
        MovingSeconds = activity.Moving.TotalSeconds,
        DistanceM = activity.DistanceM,
        ElevationGainM = activity.ElevationGainM,
        AverageHeartRate = activity.AverageHeartRate,
        MaxHeartRate = activity.MaxHeartRate,
        IsIndoor = activity.IsIndoor,
        WorkoutType = Stored(activity.MarkedAs),
        Name = activity.Name,
        Device = activity.Device,
        AerobicTrainingEffect = activity.AerobicTrainingEffect,
        AnaerobicTrainingEffect = activity.AnaerobicTrainingEffect,
        Rpe = activity.Rpe,
        DetailsJson = JsonSerializer.Serialize(new ActivityDetails(
            activity.Laps,
            activity.HeartRate?.BinWidth,
            activity.HeartRate?.Bins.ToDictionary(b => b.Key, b => b.Value.TotalSeconds),
            activity.Speed?.BinWidth,
            activity.Speed?.Bins.ToDictionary(b => b.Key, b => b.Value.TotalSeconds),
            activity.StrengthSets), Json),
    };

    public static Activity ToActivity(this ActivityRow row)
    {
        var details = JsonSerializer.Deserialize<ActivityDetails>(row.DetailsJson, Json)!;
        return new Activity(
            new ActivityId(row.Source == "strava" ? ActivitySource.Strava : ActivitySource.Fit, row.SourceId),
            row.Start,
            DateTime.SpecifyKind(row.LocalStart, DateTimeKind.Unspecified),
            Enum.Parse<Sport>(row.Sport),
            TimeSpan.FromSeconds(row.ElapsedSeconds),
            TimeSpan.FromSeconds(row.MovingSeconds))
        {
            DistanceM = row.DistanceM,
            ElevationGainM = row.ElevationGainM,
            AverageHeartRate = row.AverageHeartRate,
            MaxHeartRate = row.MaxHeartRate,
            IsIndoor = row.IsIndoor,
            MarkedAs = Mark(row.WorkoutType),
            Name = row.Name,
            Device = row.Device,
            AerobicTrainingEffect = row.AerobicTrainingEffect,
            AnaerobicTrainingEffect = row.AnaerobicTrainingEffect,
            Rpe = row.Rpe,
            Laps = details.Laps,
            HeartRate = Distribution(details.HeartRateBinWidth, details.HeartRateSeconds),
            Speed = Distribution(details.SpeedBinWidth, details.SpeedSeconds),
            StrengthSets = details.Sets,
        };
    }

    private static TimeDistribution? Distribution(double? width, Dictionary<int, double>? seconds) =>
        width is { } w && seconds is not null ? new TimeDistribution(w, seconds.ToDictionary(s => s.Key, s => TimeSpan.FromSeconds(s.Value))) : null;

    // The column keeps the numbers it always held (1 race, 2 long run, 3 workout), so older rows read the same.
    private static int? Stored(AthleteMark? mark) => mark is { } m ? (int)m + 1 : null;

    private static AthleteMark? Mark(int? stored) => stored is >= 1 and <= 3 ? (AthleteMark)(stored.Value - 1) : null;
}
