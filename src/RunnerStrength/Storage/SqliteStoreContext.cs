using Microsoft.EntityFrameworkCore;

namespace RunnerStrength.Storage;

internal sealed class SqliteStoreContext(DbContextOptions<SqliteStoreContext> options) : RunnerStrengthDbContext(options);
