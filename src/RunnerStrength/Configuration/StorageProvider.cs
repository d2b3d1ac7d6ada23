namespace RunnerStrength.Configuration;

/// <summary>The database behind the application store.</summary>
internal enum StorageProvider
{
    /// <summary>An embedded SQLite file in the data folder: one athlete on a home server.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server: many athletes, several nodes.</summary>
    PostgreSql,
}
