namespace RunnerStrength.Fit.Decoding;

/// <summary>A problem found while decoding, with the byte offset where it was found.</summary>
/// <param name="Offset">Byte offset in the file.</param>
/// <param name="Problem">What is wrong, with the expected and actual values where there are any.</param>
public sealed record FitDecodeError(long Offset, string Problem)
{
    /// <summary>One sentence: "at byte N: problem".</summary>
    public override string ToString() => $"at byte {Offset}: {Problem}";
}
