using System.Globalization;
using RunnerStrength.Training.Athletes;

namespace RunnerStrength.Web.Forms;

/// <summary>The settings page's profile form: the usual week, lifting time, stage, 1RM and equipment.</summary>
internal sealed class ProfileForm
{
    public string? Template { get; set; }

    public string? StrengthTime { get; set; }

    public string? Stage { get; set; }

    public double? OneRepMaxKg { get; set; }

    public bool HasHexBar { get; set; }

    public bool HasBarbell { get; set; }

    public string? KettlebellsKg { get; set; }

    public static ProfileForm From(AthleteProfile profile) => new()
    {
        Template = profile.Template.ToString(),
        StrengthTime = profile.StrengthTime.ToString("HH:mm", CultureInfo.InvariantCulture),
        Stage = DeadliftStages.Name(profile.DeadliftStage),
        OneRepMaxKg = profile.OneRepMaxKg,
        HasHexBar = profile.Equipment.HasHexBar,
        HasBarbell = profile.Equipment.HasBarbell,
        KettlebellsKg = string.Join(", ", profile.Equipment.KettlebellsKg.Select(k => k.ToString(CultureInfo.InvariantCulture))),
    };
}
