namespace RunnerStrength.Fit.Profile;

/// <summary>
/// Part of a bit-packed field that expands into another field of the same message: the next
/// <see cref="Bits"/> bits, least significant first, scaled by <see cref="Scale"/> and <see cref="Offset"/>.
/// </summary>
internal sealed record ComponentProfile(byte TargetField, int Bits, double Scale, double Offset, string Units);
