namespace RunnerStrength.Web.Forms;

/// <summary>The settings page's "add a race" form.</summary>
internal sealed class RaceForm
{
    public string? Date { get; set; }

    public string? Name { get; set; }

    public double? DistanceKm { get; set; }

    /// <summary>A, B or C; empty: by distance.</summary>
    public string? Priority { get; set; }
}
