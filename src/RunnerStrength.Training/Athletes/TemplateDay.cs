namespace RunnerStrength.Training.Athletes;

/// <summary>What the athlete usually runs on a weekday, as written in <c>Athlete:WeeklyTemplate</c>.</summary>
public enum TemplateDay
{
    /// <summary>No running.</summary>
    Rest,

    /// <summary>An easy or recovery run.</summary>
    Easy,

    /// <summary>Intervals: a key session.</summary>
    Interval,

    /// <summary>A tempo or threshold run: a key session.</summary>
    Tempo,

    /// <summary>The long run: a key session that also needs 72 h of distance from a heavy lift.</summary>
    LongRun,

    /// <summary>A key session of a kind the athlete did not name.</summary>
    Key,
}
