namespace RunnerStrength.Calendar.CalDav;

/// <summary>How a conditional PUT or DELETE ended.</summary>
public enum CalDavWriteOutcome
{
    /// <summary>200, 201 or 204 (or 404 for a DELETE: already gone).</summary>
    Done,

    /// <summary>412: the resource exists (create) or changed on the server since our ETag (update, delete).</summary>
    PreconditionFailed,
}

/// <summary>The outcome of a write, with the new ETag when the server sent one.</summary>
public sealed record CalDavWrite(CalDavWriteOutcome Outcome, string? ETag)
{
    public bool Done => Outcome == CalDavWriteOutcome.Done;
}
