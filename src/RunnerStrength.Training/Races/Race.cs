namespace RunnerStrength.Training.Races;

/// <summary>A race the athlete has entered.</summary>
/// <param name="Date">The race day, in the athlete's time zone.</param>
/// <param name="Name">The athlete's own name for it, e.g. "Paris Marathon".</param>
/// <param name="DistanceKm">Race distance in kilometres, when known.</param>
/// <param name="Priority">A, B or C; see <see cref="DefaultPriority"/> when the athlete gives none.</param>
public sealed record Race(DateOnly Date, string Name, double? DistanceKm, RacePriority Priority)
{
    /// <summary>Distances at or above this count as a marathon (42.195 km, with slack for "42.2" and "42").</summary>
    public const double MarathonKm = 42.0;

    /// <summary>Distances at or above this count as a half marathon (21.0975 km, with the same slack).</summary>
    public const double HalfMarathonKm = 21.0;

    /// <summary>
    /// The priority a race gets when the athlete names none: marathon or longer A, half B, shorter C
    /// (training-rules.md, section 3).
    /// </summary>
    /// <remarks>
    /// An unknown distance gets B: it still protects the 96 h before the race without forcing a
    /// month of maintenance on a guess.
    /// </remarks>
    public static RacePriority DefaultPriority(double? distanceKm) => distanceKm switch
    {
        null => RacePriority.B,
        >= MarathonKm => RacePriority.A,
        >= HalfMarathonKm => RacePriority.B,
        _ => RacePriority.C,
    };

    /// <summary>Creates a race with the default priority for its distance.</summary>
    public static Race WithDefaultPriority(DateOnly date, string name, double? distanceKm) =>
        new(date, name, distanceKm, DefaultPriority(distanceKm));
}
