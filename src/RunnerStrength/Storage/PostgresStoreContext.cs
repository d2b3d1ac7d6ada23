using Microsoft.EntityFrameworkCore;

namespace RunnerStrength.Storage;

internal sealed class PostgresStoreContext(DbContextOptions<PostgresStoreContext> options) : RunnerStrengthDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);

        // The model's DateTime values are local wall-clock times (a run's local start, a session's
        // local time): Npgsql would map them to timestamptz and refuse values without a UTC kind.
        foreach (var property in modelBuilder.Model.GetEntityTypes().SelectMany(t => t.GetProperties())
                     .Where(p => p.ClrType == typeof(DateTime) || p.ClrType == typeof(DateTime?)))
        {
            property.SetColumnType("timestamp without time zone");
        }
    }
}
