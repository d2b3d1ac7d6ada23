using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace RunnerStrength.Storage;

// Used only by `dotnet ef migrations add`; no server is contacted.
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresStoreContext>
{
    public PostgresStoreContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresStoreContext>().UseNpgsql("Host=localhost;Database=runnerstrength_design").Options);
}
