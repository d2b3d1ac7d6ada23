using Microsoft.EntityFrameworkCore;
using RunnerStrength.Storage;

namespace RunnerStrength.Tests.Storage;

/// <summary>Each provider's migration set describes the model exactly: a model change without its migrations fails here.</summary>
public sealed class ModelMigrationsTests
{
    [Fact]
    public void Sqlite_HasNoPendingModelChanges()
    {
        using var db = new SqliteStoreContext(new DbContextOptionsBuilder<SqliteStoreContext>().UseSqlite("Data Source=:memory:").Options);

        Assert.False(db.Database.HasPendingModelChanges(), "the SQLite migrations lag the model: add a migration (README, Development)");
        Assert.NotEmpty(db.Database.GetMigrations());
    }

    [Fact]
    public void PostgreSql_HasNoPendingModelChanges()
    {
        // The comparison reads the model and the migrations' snapshot; it never opens the connection.
        using var db = new PostgresStoreContext(new DbContextOptionsBuilder<PostgresStoreContext>().UseNpgsql("Host=unused").Options);

        Assert.False(db.Database.HasPendingModelChanges(), "the PostgreSQL migrations lag the model: add a migration (README, Development)");
        Assert.NotEmpty(db.Database.GetMigrations());
    }
}
