using RunnerStrength.Strava.Api;
using RunnerStrength.Training.Activities;

namespace RunnerStrength.Strava.Sync;

/// <summary>Strava's activity as the domain's <see cref="Activity"/>; local times in the athlete's zone, like FIT files.</summary>
public static class StravaActivityMapper
{
    public static Activity ToActivity(StravaActivity strava, TimeZoneInfo athleteZone)
    {
        ArgumentNullException.ThrowIfNull(strava);
        var local = TimeZoneInfo.ConvertTime(strava.StartDate, athleteZone).DateTime;
        return new Activity(
            new ActivityId(ActivitySource.Strava, strava.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            strava.StartDate,
            DateTime.SpecifyKind(local, DateTimeKind.Unspecified),
            SportOf(strava.SportType ?? strava.Type),
            TimeSpan.FromSeconds(strava.ElapsedTime),
            TimeSpan.FromSeconds(strava.MovingTime))
        {
            DistanceM = strava.Distance,
            ElevationGainM = strava.TotalElevationGain,
            AverageHeartRate = strava.HasHeartrate == false ? null : strava.AverageHeartrate,
            MaxHeartRate = strava.HasHeartrate == false ? null : strava.MaxHeartrate,
            IsIndoor = strava.Trainer == true || strava.SportType == "VirtualRun",
            MarkedAs = MarkOf(strava.WorkoutType),
            Name = strava.Name ?? "",
            Device = strava.DeviceName,
            Rpe = strava.PerceivedExertion,
            Laps = ToLaps(strava.Laps ?? []),
        };
    }

    /// <summary>Strava's laps in their order.</summary>
    public static IReadOnlyList<Lap> ToLaps(IEnumerable<StravaLap> laps) =>
        laps.OrderBy(l => l.LapIndex).Select(l => new Lap(TimeSpan.FromSeconds(l.ElapsedTime), l.Distance) { AverageHeartRate = l.AverageHeartrate }).ToList();

    /// <summary>Strava adds sport types over time: anything unknown is "other", never an error.</summary>
    public static Sport SportOf(string? sportType) => sportType switch
    {
        "Run" or "TrailRun" or "VirtualRun" => Sport.Run,
        "Ride" or "VirtualRide" or "GravelRide" or "MountainBikeRide" or "EBikeRide" or "EMountainBikeRide" or "Handcycle" or "Velomobile" => Sport.Ride,
        "Swim" => Sport.Swim,
        "Walk" => Sport.Walk,
        "Hike" or "Snowshoe" => Sport.Hike,
        "WeightTraining" or "Crossfit" => Sport.Strength,
        _ => Sport.Other,
    };

    /// <summary>
    /// Laps are worth a call only where they can change the verdict: a run without a declared workout
    /// type, long enough to hold intervals (rule 6 reads the lap structure).
    /// </summary>
    public static bool NeedsLaps(StravaActivity strava)
    {
        ArgumentNullException.ThrowIfNull(strava);
        return SportOf(strava.SportType ?? strava.Type) == Sport.Run && strava.WorkoutType is null or 0 && strava.Manual != true && strava.MovingTime >= ShortestRunForLaps.TotalSeconds;
    }

    /// <summary>Shorter runs hold no workout worth a call for laps.</summary>
    public static TimeSpan ShortestRunForLaps { get; } = TimeSpan.FromMinutes(20);

    /// <summary>Strava's <c>workout_type</c> for runs (strava-api.md): 1 race, 2 long run, 3 workout; 0 "default" and absent say nothing.</summary>
    public static AthleteMark? MarkOf(int? workoutType) => workoutType switch
    {
        1 => AthleteMark.Race,
        2 => AthleteMark.LongRun,
        3 => AthleteMark.Workout,
        _ => null,
    };
}
