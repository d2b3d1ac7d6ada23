namespace RunnerStrength.Fit.Decoding;

/// <summary>What the decoder saw, for inspection and benchmarks.</summary>
public sealed record FitDecodeStatistics(
    int DataMessages,
    int Definitions,
    int BigEndianDefinitions,
    int DefinitionsWithDeveloperFields,
    int Redefinitions,
    int CompressedTimestampMessages,
    int BytesDecoded);
