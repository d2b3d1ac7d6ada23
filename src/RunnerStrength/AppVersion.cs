using System.Reflection;

namespace RunnerStrength;

internal static class AppVersion
{
    /// <summary>The informational version without the source-revision suffix the SDK appends.</summary>
    public static string Current { get; } =
        (typeof(AppVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0")
        .Split('+')[0];
}
