namespace RunnerStrength.Fit.Decoding;

/// <summary>One developer field of a definition: (field number, developer data index) and where its bytes sit.</summary>
internal readonly record struct DeveloperFieldPlan(byte Number, byte DeveloperIndex, int Offset, int Size);
