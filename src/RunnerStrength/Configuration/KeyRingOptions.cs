namespace RunnerStrength.Configuration;

/// <summary>Section <c>RunnerStrength:DataProtection</c>: the ASP.NET Core Data Protection key ring that encrypts secrets at rest.</summary>
internal sealed class KeyRingOptions
{
    public const string Section = "RunnerStrength:DataProtection";

    /// <summary>Relative to the data folder unless absolute. Default <c>keys</c> (so <c>data/keys</c>).</summary>
    public string KeysDirectory { get; set; } = "keys";
}
