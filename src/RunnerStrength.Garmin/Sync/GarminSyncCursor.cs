namespace RunnerStrength.Garmin.Sync;

/// <summary>How far the pull has come, saved after every page so a restart or a kill resumes where it stopped.</summary>
public sealed record GarminSyncCursor
{
    /// <summary>The first day of the recent weeks, fixed when their fetch begins (pages are offsets into a fixed window).</summary>
    public DateOnly? RecentFrom { get; init; }

    /// <summary>The next offset into the recent weeks.</summary>
    public int RecentOffset { get; init; }

    /// <summary>The recent 12 weeks are stored: a plan is possible.</summary>
    public bool RecentDone { get; init; }

    /// <summary>The newest start day seen: later passes list from two weeks before it.</summary>
    public DateOnly? NewestDay { get; init; }

    /// <summary>The history's next window ends the day before this; null until the recent weeks are done.</summary>
    public DateOnly? HistoryBefore { get; init; }

    /// <summary>The next offset into the current history window.</summary>
    public int HistoryOffset { get; init; }

    /// <summary>Activities found so far in the current history window.</summary>
    public int WindowFound { get; init; }

    /// <summary>History windows in a row (a year each) that held nothing.</summary>
    public int EmptyWindows { get; init; }

    public bool HistoryDone { get; init; }

    /// <summary>Activities listed by Garmin so far.</summary>
    public int Received { get; init; }
}
