using RunnerStrength.Fit.Decoding;

namespace RunnerStrength.Fit.Tests.Decoding;

/// <summary>Keeps a snapshot of every decoded message.</summary>
internal sealed class MessageCollector : IFitMessageSink
{
    public List<FitMessage> Messages { get; } = [];

    public static (FitDecodeResult Result, List<FitMessage> Messages) Decode(byte[] file)
    {
        var collector = new MessageCollector();
        var result = FitDecoder.Decode(file, collector);
        return (result, collector.Messages);
    }

    public void OnMessage(FitMessage message) => Messages.Add(message.Snapshot());
}
