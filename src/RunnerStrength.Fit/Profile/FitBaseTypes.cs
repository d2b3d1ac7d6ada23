namespace RunnerStrength.Fit.Profile;

/// <summary>Sizes of the base types (fit-protocol.md, section 5).</summary>
internal static class FitBaseTypes
{
    private static ReadOnlySpan<byte> Sizes => [1, 1, 1, 2, 2, 4, 4, 1, 4, 8, 1, 2, 4, 1, 8, 8, 8];

    public const int Count = 17;

    /// <summary>The element size of a base type, or 0 for a number that names none.</summary>
    public static int SizeOf(int baseType) => (uint)baseType < Count ? Sizes[baseType] : 0;
}
