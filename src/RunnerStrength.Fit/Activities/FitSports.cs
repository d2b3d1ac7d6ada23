using RunnerStrength.Training.Activities;

namespace RunnerStrength.Fit.Activities;

/// <summary>FIT sport and sub-sport numbers (profile types <c>sport</c>, <c>sub_sport</c>) as the domain's sports.</summary>
internal static class FitSports
{
    public static Sport ToSport(long? sport, long? subSport) => (sport, subSport) switch
    {
        (1, _) => Sport.Run,
        (2, _) => Sport.Ride,
        (5, _) => Sport.Swim,
        (11, _) => Sport.Walk,
        (17, _) => Sport.Hike,
        (10, 20) or (4, 20) => Sport.Strength, // training / strength_training
        _ => Sport.Other,
    };

    /// <summary>Treadmill (1), indoor running (45), indoor cycling (6) and virtual activity (58): pace is not to be trusted.</summary>
    public static bool IsIndoor(long? subSport) => subSport is 1 or 6 or 45 or 58;
}
