namespace RunnerStrength.Configuration;

/// <summary>Section <c>RunnerStrength:Storage</c>.</summary>
internal sealed class StorageOptions
{
    public const string Section = "RunnerStrength:Storage";

    /// <summary><c>Sqlite</c> (default) or <c>PostgreSql</c>.</summary>
    public string Provider { get; set; } = nameof(StorageProvider.Sqlite);

    /// <summary>Required for PostgreSql; for Sqlite, derived from the data folder when empty.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>The provider, or SQLite when the value is not one (the validator reports that before anything runs).</summary>
    public StorageProvider ParsedProviderOrDefault => Enum.TryParse<StorageProvider>(Provider, ignoreCase: true, out var provider) ? provider : StorageProvider.Sqlite;

    public StorageProvider ParsedProvider =>
        Enum.Parse<StorageProvider>(Provider, ignoreCase: true);
}
