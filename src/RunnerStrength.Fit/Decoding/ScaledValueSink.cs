namespace RunnerStrength.Fit.Decoding;

/// <summary>
/// Turns every field of every message into its scaled value (or text), as a full reader must, and
/// keeps a checksum of them so that a benchmark cannot skip the work.
/// </summary>
public sealed class ScaledValueSink : IFitMessageSink
{
    /// <summary>Data messages seen.</summary>
    public long Messages { get; private set; }

    /// <summary>record messages seen.</summary>
    public long Records { get; private set; }

    /// <summary>Field values converted (array elements count one each).</summary>
    public long Values { get; private set; }

    /// <summary>Sum of every numeric value and every string's length.</summary>
    public double Checksum { get; private set; }

    /// <inheritdoc/>
    public void OnMessage(FitMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        Messages++;
        Records += message.GlobalNumber == 20 ? 1 : 0;

        var values = message.ConvertAll(out var checksum);
        Checksum += checksum;
        Values += values;
    }
}
