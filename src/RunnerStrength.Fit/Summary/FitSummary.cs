namespace RunnerStrength.Fit.Summary;

/// <summary>What a FIT file holds, at the level of the official SDK's summaries (shared/fit-corpus/expected.jsonl).</summary>
public sealed class FitSummary
{
    /// <summary>Data messages per profile message name.</summary>
    public SortedDictionary<string, int> MessageCounts { get; } = new(StringComparer.Ordinal);

    /// <summary>Data messages per global number the profile does not know.</summary>
    public SortedDictionary<int, int> UnknownMessageCounts { get; } = [];

    /// <summary>The first file_id, or null when there was none.</summary>
    public FitFileIdSummary? FileId { get; internal set; }

    /// <summary>Every session message, in file order.</summary>
    public List<FitSessionSummary> Sessions { get; } = [];

    /// <summary>The first activity message, or null.</summary>
    public FitActivitySummary? Activity { get; internal set; }

    /// <summary>Number of lap messages.</summary>
    public int LapCount { get; internal set; }

    /// <summary>Number of record messages.</summary>
    public int RecordCount { get; internal set; }

    /// <summary>The first record timestamp in file order (not necessarily the earliest).</summary>
    public DateTimeOffset? FirstRecordTimestamp { get; internal set; }

    /// <summary>The last record timestamp in file order.</summary>
    public DateTimeOffset? LastRecordTimestamp { get; internal set; }

    /// <summary>developer_data_id messages.</summary>
    public int DeveloperDataIdMessages { get; internal set; }

    /// <summary>field_description messages.</summary>
    public int FieldDescriptionMessages { get; internal set; }

    /// <summary>Messages carrying at least one described developer field value.</summary>
    public int MessagesWithDeveloperValues { get; internal set; }
}
