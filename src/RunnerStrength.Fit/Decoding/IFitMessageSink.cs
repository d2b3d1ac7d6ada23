namespace RunnerStrength.Fit.Decoding;

/// <summary>Receives every data message as it is decoded, in file order.</summary>
public interface IFitMessageSink
{
    /// <summary>Called once per data message; <paramref name="message"/> is reused after the call returns.</summary>
    void OnMessage(FitMessage message);
}
