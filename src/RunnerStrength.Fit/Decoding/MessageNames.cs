namespace RunnerStrength.Fit.Decoding;

/// <summary>Names for global messages the profile does not know, made once each.</summary>
internal static class MessageNames
{
    private static readonly string?[] Names = new string?[ushort.MaxValue + 1];

    public static string Unknown(ushort global) => Names[global] ??= $"unknown_{global}";
}
