namespace RunnerStrength.Calendar.Providers;

public enum RemoteWriteOutcome
{
    /// <summary>Written (or, for a deletion, gone).</summary>
    Done,

    /// <summary>Not written: the event exists already (create) or is not the version we last wrote (update, delete).</summary>
    PreconditionFailed,
}

/// <summary>What a conditional write did, the event's id and its version after it.</summary>
public sealed record RemoteWrite(RemoteWriteOutcome Outcome, string Id, string? ETag)
{
    public bool Done => Outcome == RemoteWriteOutcome.Done;
}
