namespace RunnerStrength.Storage.Publishing;

/// <summary>
/// One change of the plan as calendars saw it: a session added, moved, changed or dropped, with when
/// and why, so the page can say what moved. The plan's versions are the SEQUENCE numbers.
/// </summary>
internal sealed class PlanChangeRow
{
    public int Id { get; set; }

    public int AthleteId { get; set; }

    public required string Uid { get; set; }

    /// <summary>The session's SEQUENCE after the change.</summary>
    public int Sequence { get; set; }

    public DateTimeOffset ChangedAt { get; set; }

    /// <summary>added, moved, changed or dropped.</summary>
    public required string Kind { get; set; }

    public DateTime? FromLocal { get; set; }

    public DateTime? ToLocal { get; set; }

    /// <summary>What the session is now (its summary), or was, for a dropped one.</summary>
    public required string Summary { get; set; }

    /// <summary>Why the session is where it is now, in the planner's words.</summary>
    public required string Reason { get; set; }
}
