namespace RunnerStrength.Cli;

/// <summary>The exit codes of ARCHITECTURE.md.</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>A failure that the output explains.</summary>
    public const int Failure = 1;

    /// <summary>Bad usage, including bad configuration.</summary>
    public const int Usage = 2;
}
