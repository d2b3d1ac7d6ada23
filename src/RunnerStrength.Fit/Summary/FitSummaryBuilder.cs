using RunnerStrength.Fit.Decoding;
using RunnerStrength.Fit.Profile;

namespace RunnerStrength.Fit.Summary;

/// <summary>Builds a <see cref="FitSummary"/> while the decoder runs, keeping no message.</summary>
public sealed class FitSummaryBuilder : IFitMessageSink
{
    private const byte Timestamp = 253;

    /// <summary>The summary so far; complete once decoding returns.</summary>
    public FitSummary Summary { get; } = new();

    /// <summary>Decodes <paramref name="file"/> and summarises it.</summary>
    public static (FitDecodeResult Result, FitSummary Summary) Summarize(byte[] file)
    {
        var builder = new FitSummaryBuilder();
        var result = FitDecoder.Decode(file, builder);
        return (result, builder.Summary);
    }

    /// <inheritdoc/>
    public void OnMessage(FitMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var summary = Summary;
        if (message.IsKnown)
        {
            summary.MessageCounts[message.Name] = summary.MessageCounts.GetValueOrDefault(message.Name) + 1;
        }
        else
        {
            summary.UnknownMessageCounts[message.GlobalNumber] = summary.UnknownMessageCounts.GetValueOrDefault(message.GlobalNumber) + 1;
        }

        summary.MessagesWithDeveloperValues += message.HasDeveloperFields ? 1 : 0;
        switch (message.GlobalNumber)
        {
            case 0 when summary.FileId is null:
                summary.FileId = FileId(message);
                break;
            case 18:
                summary.Sessions.Add(Session(message));
                break;
            case 19:
                summary.LapCount++;
                break;
            case 20:
                summary.RecordCount++;
                if (Time(message, Timestamp) is { } time)
                {
                    summary.FirstRecordTimestamp ??= time;
                    summary.LastRecordTimestamp = time;
                }

                break;
            case 34 when summary.Activity is null:
                summary.Activity = new FitActivitySummary(Time(message, Timestamp), message.GetRaw(5), message.GetRaw(1), Round(message.GetValue(0)));
                break;
            case 206:
                summary.FieldDescriptionMessages++;
                break;
            case 207:
                summary.DeveloperDataIdMessages++;
                break;
        }
    }

    private static FitFileIdSummary FileId(FitMessage message)
    {
        string? productName = null;
        if (message.TryGetField(2, out var product) && product.Name is "garmin_product" or "favero_product" && product.GetRaw() is { } raw)
        {
            productName = FitProfile.EnumName(product.Name, raw);
        }

        return new FitFileIdSummary(message.GetRaw(0), message.GetRaw(1), message.GetRaw(2), productName, message.GetRaw(3), Time(message, 4), message.GetRaw(5));
    }

    private static FitSessionSummary Session(FitMessage message) => new(
        message.GetRaw(5),
        message.GetRaw(6),
        Time(message, 2),
        Time(message, Timestamp),
        Round(message.GetValue(7)),
        Round(message.GetValue(8)),
        Round(message.GetValue(9)),
        message.GetValue(16),
        message.GetValue(17),
        Round(message.GetValue(124) ?? message.GetValue(14)),
        Round(message.GetValue(125) ?? message.GetValue(15)),
        message.GetValue(22),
        message.GetValue(11),
        message.GetValue(26));

    private static DateTimeOffset? Time(FitMessage message, byte field) =>
        message.GetValue(field) is { } seconds ? FitDateTime.ToDateTimeOffset(Math.Floor(seconds)) : null;

    private static double? Round(double? value) => value is { } v ? Math.Round(v, 3) : null;
}
