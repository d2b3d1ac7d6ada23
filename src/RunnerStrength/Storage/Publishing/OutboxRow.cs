namespace RunnerStrength.Storage.Publishing;

/// <summary>
/// A session whose copy in one calendar must be brought up to date (created, updated or deleted). One row
/// per provider and UID: a newer change replaces a pending one, so retries and replans never make a second
/// copy. The content is read from <see cref="PublishedEventRow"/> when the row is delivered.
/// </summary>
internal sealed class OutboxRow
{
    public int AthleteId { get; set; }

    /// <summary>The calendar it goes to (<see cref="Calendar.Providers.CalendarProviderNames"/>).</summary>
    public required string Provider { get; set; }

    public required string Uid { get; set; }

    public int Attempts { get; set; }

    /// <summary>Not before this time (Unix seconds): the backoff after a failed attempt.</summary>
    public DateTimeOffset NextAttemptAt { get; set; }

    /// <summary>Why the last attempt failed, for the dashboard and the push verb.</summary>
    public string? LastError { get; set; }
}
