namespace RunnerStrength.Testing.Seasons;

/// <summary>Who runs the simulated season: pace, heart rate, habits, language, what their devices record.</summary>
public sealed record SeasonAthlete
{
    /// <summary>Easy pace in seconds per km.</summary>
    public double EasyPace { get; init; } = 330;

    public int MaxHeartRate { get; init; } = 186;

    /// <summary>False for a runner without a heart-rate sensor: no heart rate anywhere.</summary>
    public bool HasHeartRate { get; init; } = true;

    /// <summary>Key sessions at 18:25 after work instead of 06:30.</summary>
    public bool EveningKeyRuns { get; init; }

    /// <summary>The language workouts are named in: en, fr, de, es, it, nl.</summary>
    public string Language { get; init; } = "en";

    /// <summary>Runs before this day have no laps (Strava's summaries of a history whose laps were never fetched).</summary>
    public DateOnly? LapsFrom { get; init; }

    /// <summary>Seeds the day-to-day variation.</summary>
    public int Seed { get; init; } = 1;

    public TimeZoneInfo Zone { get; init; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
}
