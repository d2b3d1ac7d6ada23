namespace RunnerStrength.Storage.Publishing;

/// <summary>
/// Our copy of a session in one calendar: where it is, the version we last wrote or saw, and what the
/// athlete did to it by hand (moved or deleted), which the planner then respects.
/// </summary>
internal sealed class PushedEventRow
{
    public int AthleteId { get; set; }

    /// <summary>The calendar it is in (<see cref="Calendar.Providers.CalendarProviderNames"/>).</summary>
    public required string Provider { get; set; }

    public required string Uid { get; set; }

    /// <summary>The provider's id for the event: the resource URL we PUT to on CalDAV, the event id on Google and Graph.</summary>
    public required string RemoteId { get; set; }

    /// <summary>The ETag of the version we last wrote or read; If-Match sends it.</summary>
    public string? ETag { get; set; }

    /// <summary>The SEQUENCE of the version we last wrote.</summary>
    public int Sequence { get; set; }

    /// <summary>The local start we last wrote: a different start on the server means the athlete moved it.</summary>
    public DateTime StartLocal { get; set; }

    /// <summary>The local start the athlete moved the event to, if they did.</summary>
    public DateTime? AthleteStartLocal { get; set; }

    /// <summary>The athlete deleted the event: it is not pushed again that week.</summary>
    public bool AthleteDeleted { get; set; }
}
