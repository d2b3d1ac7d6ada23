namespace RunnerStrength.Configuration;

/// <summary>Section <c>RunnerStrength:Athlete:Deadlift</c>.</summary>
internal sealed class DeadliftOptions
{
    /// <summary><c>kettlebell</c> (default), <c>hex_bar</c> or <c>barbell</c>.</summary>
    public string Stage { get; set; } = "kettlebell";

    /// <summary>Estimated one-repetition maximum in kilograms; empty until known.</summary>
    public double? OneRepMaxKg { get; set; }

    public EquipmentOptions Equipment { get; set; } = new();
}
