namespace RunnerStrength.Storage.Publishing;

/// <summary>
/// The last version of a session that calendars were given: its content hash and SEQUENCE, and the
/// session itself, so that a dropped session can still be shown as cancelled.
/// </summary>
internal sealed class PublishedEventRow
{
    public int AthleteId { get; set; }

    public required string Uid { get; set; }

    public DateOnly Date { get; set; }

    public required string ContentHash { get; set; }

    public int Sequence { get; set; }

    public bool Cancelled { get; set; }

    public required string SessionJson { get; set; }
}
