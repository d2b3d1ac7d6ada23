namespace RunnerStrength.Training.Athletes;

/// <summary>What the athlete can lift with; loads are rounded to what it can actually make.</summary>
/// <param name="KettlebellsKg">The kettlebells at hand, in kilograms.</param>
/// <param name="HasHexBar">Whether a hex (trap) bar is available.</param>
/// <param name="HasBarbell">Whether an Olympic barbell is available.</param>
/// <param name="SmallestPlateKg">The lightest plate, in kilograms; bar loads move in steps of two of them.</param>
public sealed record Equipment(IReadOnlyList<double> KettlebellsKg, bool HasHexBar, bool HasBarbell, double SmallestPlateKg)
{
    /// <summary>A commercial gym: kettlebells 8-32 kg, hex bar, barbell, 1.25 kg plates.</summary>
    public static Equipment Gym { get; } = new([8, 12, 16, 20, 24, 28, 32], HasHexBar: true, HasBarbell: true, SmallestPlateKg: 1.25);
}
