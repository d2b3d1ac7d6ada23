namespace RunnerStrength.Fit.Profile;

/// <summary>Names of enum values from the official profile, in snake_case (e.g. sport 1 → <c>running</c>).</summary>
public static class FitEnums
{
    /// <summary>The profile's name for <paramref name="value"/> of type <paramref name="typeName"/>, or null when it has none.</summary>
    public static string? Name(string typeName, long value) => FitProfile.EnumName(typeName, value);

    /// <summary>The version of the profile the tables were generated from.</summary>
    public static string ProfileVersion => FitProfile.Version;
}
