namespace RunnerStrength.Storage.Feed;

/// <summary>The athlete's calendar feed: its secret token (encrypted) and when its content last changed.</summary>
internal sealed class FeedRow
{
    public int AthleteId { get; set; }

    /// <summary>The URL token, protected with Data Protection: a copied database alone does not reveal the feed.</summary>
    public required string ProtectedToken { get; set; }

    /// <summary>Hash of the sessions last served, to tell a changed plan from an unchanged one.</summary>
    public string ContentHash { get; set; } = "";

    /// <summary>When the content last changed (Unix seconds): DTSTAMP and Last-Modified.</summary>
    public DateTimeOffset LastChangedAt { get; set; }
}
