using System.Globalization;
using Microsoft.Data.Sqlite;

namespace RunnerStrength.Tests.EndToEnd;

/// <summary>Reads a running service's SQLite file from outside, read-only, as an operator's sqlite3 would.</summary>
internal static class ServiceDatabase
{
    /// <summary>The first column of the first row; 0 before the file or the table exists (migrations still running).</summary>
    public static async Task<long> ScalarAsync(string data, string sql)
    {
        var file = Path.Combine(data, "runnerstrength.db");
        if (!File.Exists(file))
        {
            return 0;
        }

        await using var connection = new SqliteConnection($"Data Source={file};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        try
        {
            return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
        }
        catch (SqliteException)
        {
            return 0;
        }
    }

    /// <summary>Something was pushed and nothing waits in the calendar outbox.</summary>
    public static async Task<bool> DeliveredAsync(string data) =>
        await ScalarAsync(data, "SELECT count(*) FROM calendar_outbox") == 0 && await ScalarAsync(data, "SELECT count(*) FROM pushed_events") > 0;
}
