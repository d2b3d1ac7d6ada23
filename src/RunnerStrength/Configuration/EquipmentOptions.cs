namespace RunnerStrength.Configuration;

/// <summary>Section <c>RunnerStrength:Athlete:Deadlift:Equipment</c>. Defaults describe a commercial gym.</summary>
internal sealed class EquipmentOptions
{
    /// <summary>Kettlebell sizes at hand, kilograms. Default 8-32 kg in 4 kg steps.</summary>
    public List<double> KettlebellsKg { get; set; } = [];

    public bool HexBar { get; set; } = true;

    public bool Barbell { get; set; } = true;

    /// <summary>The lightest plate, kilograms. Default 1.25.</summary>
    public double SmallestPlateKg { get; set; } = 1.25;
}
