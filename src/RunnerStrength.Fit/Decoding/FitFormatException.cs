namespace RunnerStrength.Fit.Decoding;

/// <summary>A FIT file is malformed at a known byte offset. The only exception the decoder lets out.</summary>
public sealed class FitFormatException : Exception
{
    public FitFormatException()
    {
    }

    public FitFormatException(string message)
        : base(message)
    {
    }

    public FitFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for a problem at <paramref name="offset"/>; the message starts with the offset.</summary>
    public FitFormatException(long offset, string problem)
        : base($"at byte {offset}: {problem}")
    {
        Offset = offset;
    }

    /// <summary>The byte offset in the file where the problem was found.</summary>
    public long Offset { get; }
}
