using Microsoft.EntityFrameworkCore;

namespace RunnerStrength.Storage;

internal sealed class PostgresStoreContext(DbContextOptions<PostgresStoreContext> options) : RunnerStrengthDbContext(options);
