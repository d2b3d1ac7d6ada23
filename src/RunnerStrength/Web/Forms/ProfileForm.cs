using System.Globalization;
using RunnerStrength.Training.Athletes;

namespace RunnerStrength.Web.Forms;

/// <summary>The settings page's profile form: the usual week, lifting time, stage, 1RM and equipment.</summary>
internal sealed class ProfileForm
{
    /// <summary>The usual week as text (scripts and older forms); the page sends <see cref="Week"/>.</summary>
    public string? Template { get; set; }

    /// <summary>The usual week, one select per weekday (Monday..Sunday: rest, easy, interval, tempo, long, key, or empty for unknown).</summary>
    public Dictionary<string, string?> Week { get; set; } = [];

    /// <summary>Weekdays Monday first, as the selects show them.</summary>
    public static IReadOnlyList<DayOfWeek> Weekdays { get; } = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    /// <summary>The usual week in the form <see cref="WeeklyTemplate.Parse"/> reads: from the selects when sent, else the text.</summary>
    public string TemplateText() => Week.Count == 0
        ? Template ?? ""
        : string.Join(", ", Weekdays.Where(d => !string.IsNullOrWhiteSpace(Week.GetValueOrDefault(d.ToString()))).Select(d => $"{d}={Week[d.ToString()]}"));

    public string? StrengthTime { get; set; }

    public string? Stage { get; set; }

    public double? OneRepMaxKg { get; set; }

    public bool HasHexBar { get; set; }

    public bool HasBarbell { get; set; }

    public string? KettlebellsKg { get; set; }

    public static ProfileForm From(AthleteProfile profile) => new()
    {
        Template = profile.Template.ToString(),
        Week = Weekdays.ToDictionary(d => d.ToString(), d => profile.Template.On(d) is { } kind ? WeeklyTemplate.Name(kind) : null),
        StrengthTime = profile.StrengthTime.ToString("HH:mm", CultureInfo.InvariantCulture),
        Stage = DeadliftStages.Name(profile.DeadliftStage),
        OneRepMaxKg = profile.OneRepMaxKg,
        HasHexBar = profile.Equipment.HasHexBar,
        HasBarbell = profile.Equipment.HasBarbell,
        KettlebellsKg = string.Join(", ", profile.Equipment.KettlebellsKg.Select(k => k.ToString(CultureInfo.InvariantCulture))),
    };
}
