using System.Collections.Concurrent;
using System.Globalization;

namespace RunnerStrength.Fit.Profile;

/// <summary>The official FIT profile's messages and enum names (tables generated into <c>Generated/</c>).</summary>
internal static partial class FitProfile
{
    private static readonly MessageProfile?[] Messages = Index(CreateMessages());
    private static readonly Dictionary<string, string> PackedTypes = CreateTypes();
    private static readonly ConcurrentDictionary<string, Dictionary<long, string>> UnpackedTypes = new(StringComparer.Ordinal);

    /// <summary>The profile message with this global number, or null for one the profile does not know.</summary>
    public static MessageProfile? Message(ushort number) => Messages[number];

    public static IEnumerable<MessageProfile> AllMessages => Messages.OfType<MessageProfile>();

    /// <summary>The profile's name for <paramref name="value"/> of enum type <paramref name="typeName"/> (e.g. "sport", 1 → "running").</summary>
    public static string? EnumName(string typeName, long value) =>
        UnpackedTypes.GetOrAdd(typeName, Unpack).GetValueOrDefault(value);

    private static Dictionary<long, string> Unpack(string typeName)
    {
        var values = new Dictionary<long, string>();
        if (PackedTypes.TryGetValue(typeName, out var packed))
        {
            foreach (var pair in packed.Split('|'))
            {
                var equals = pair.IndexOf('=', StringComparison.Ordinal);
                values[long.Parse(pair.AsSpan(0, equals), CultureInfo.InvariantCulture)] = pair[(equals + 1)..];
            }
        }

        return values;
    }

    /// <summary>How many accumulated fields the profile has; each owns one accumulator slot.</summary>
    public static int AccumulatorSlots { get; private set; }

    private static MessageProfile?[] Index(MessageProfile[] messages)
    {
        var byNumber = new MessageProfile?[ushort.MaxValue + 1];
        foreach (var message in messages)
        {
            byNumber[message.Number] = message;
            foreach (var field in message.Fields.Where(f => f.IsAccumulated))
            {
                field.AccumulatorSlot = AccumulatorSlots++;
            }
        }

        return byNumber;
    }
}
