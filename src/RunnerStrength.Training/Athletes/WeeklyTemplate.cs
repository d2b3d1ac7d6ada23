using System.Globalization;

namespace RunnerStrength.Training.Athletes;

/// <summary>The athlete's usual running week: what each weekday holds. Days left out are unknown.</summary>
public sealed record WeeklyTemplate(IReadOnlyDictionary<DayOfWeek, TemplateDay> Days)
{
    /// <summary>A common week for a runner with two key sessions and a long run.</summary>
    public static WeeklyTemplate Default { get; } = Parse(
        "Monday=rest, Tuesday=interval, Wednesday=easy, Thursday=tempo, Friday=rest, Saturday=easy, Sunday=long");

    /// <summary>What the template says for <paramref name="day"/>, or null when it does not say.</summary>
    public TemplateDay? On(DayOfWeek day) => Days.TryGetValue(day, out var kind) ? kind : null;

    /// <summary>Parses <c>Monday=rest, Tuesday=interval, ..., Sunday=long</c>; names are case-insensitive.</summary>
    /// <exception cref="FormatException">An entry names no weekday, an unknown kind, or a day twice.</exception>
    public static WeeklyTemplate Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var days = new Dictionary<DayOfWeek, TemplateDay>();
        foreach (var entry in text.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = entry.Split('=', StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || !Enum.TryParse<DayOfWeek>(parts[0], ignoreCase: true, out var day) || int.TryParse(parts[0], out _))
            {
                throw new FormatException($"'{entry}' is not of the form Weekday=kind (e.g. Tuesday=interval).");
            }

            if (ParseKind(parts[1]) is not { } kind)
            {
                throw new FormatException($"'{parts[1]}' for {day} is not one of rest, easy, interval, tempo, long, key.");
            }

            if (!days.TryAdd(day, kind))
            {
                throw new FormatException($"{day} appears twice.");
            }
        }

        return new WeeklyTemplate(days);
    }

    /// <summary>The word the configuration uses for <paramref name="kind"/>.</summary>
    public static string Name(TemplateDay kind) => kind == TemplateDay.LongRun ? "long" : kind.ToString().ToLowerInvariant();

    private static TemplateDay? ParseKind(string text) => text.ToUpperInvariant() switch
    {
        "REST" => TemplateDay.Rest,
        "EASY" => TemplateDay.Easy,
        "INTERVAL" => TemplateDay.Interval,
        "TEMPO" => TemplateDay.Tempo,
        "LONG" => TemplateDay.LongRun,
        "KEY" => TemplateDay.Key,
        _ => null,
    };

    /// <summary>The template written back in the form <see cref="Parse"/> reads, Monday first.</summary>
    public override string ToString() => string.Join(", ", Days
        .OrderBy(d => ((int)d.Key + 6) % 7)
        .Select(d => string.Create(CultureInfo.InvariantCulture, $"{d.Key}={Name(d.Value)}")));
}
