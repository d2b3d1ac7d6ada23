namespace RunnerStrength.Web.Forms;

/// <summary>The settings page's "log a session" form.</summary>
internal sealed class LogForm
{
    public string? Date { get; set; }

    /// <summary>kettlebell, hex_bar or barbell; empty: the current stage.</summary>
    public string? Exercise { get; set; }

    /// <summary>E.g. "4x5@100" or "5x100, 5x100, 3x110".</summary>
    public string? Sets { get; set; }

    public bool Failed { get; set; }

    public bool Pain { get; set; }
}
