namespace RunnerStrength.Calendar.Providers;

/// <summary>How an event of ours is told from the athlete's own: our session UIDs end with this suffix.</summary>
public static class OurEvents
{
    public const string UidSuffix = "@runnerstrength";

    public static bool Carries(string? uid) => uid?.EndsWith(UidSuffix, StringComparison.Ordinal) == true;
}
