namespace RunnerStrength.Fit.Decoding;

/// <summary>How decoding went: every problem with its byte offset, and counts of what was read.</summary>
public sealed class FitDecodeResult
{
    internal FitDecodeResult(bool isFit, bool integrityOk, IReadOnlyList<FitDecodeError> errors, IReadOnlyList<FitHeader> headers, FitDecodeStatistics statistics)
    {
        IsFit = isFit;
        IntegrityOk = integrityOk;
        Errors = errors;
        Headers = headers;
        Statistics = statistics;
    }

    /// <summary>False when the file does not start with a FIT header (empty, or another format).</summary>
    public bool IsFit { get; }

    /// <summary>True when every header and file CRC matched and every unit was as long as its header said.</summary>
    public bool IntegrityOk { get; }

    /// <summary>True when the whole file was decoded without a problem.</summary>
    public bool DecodeOk => Errors.Count == 0;

    /// <summary>Problems found, in file order; decoding kept everything it had read before each.</summary>
    public IReadOnlyList<FitDecodeError> Errors { get; }

    /// <summary>The header of each FIT unit found (more than one in a chained file).</summary>
    public IReadOnlyList<FitHeader> Headers { get; }

    /// <summary>Counts of messages and definitions.</summary>
    public FitDecodeStatistics Statistics { get; }
}
