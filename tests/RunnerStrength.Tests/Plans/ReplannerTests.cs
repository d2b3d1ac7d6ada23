using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using RunnerStrength.Plans;
using RunnerStrength.Storage;
using RunnerStrength.Testing;

namespace RunnerStrength.Tests.Plans;

public sealed class ReplannerTests : IDisposable
{
    private readonly TempDirectory _data = new();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _data.Dispose();
    }

    [Fact]
    public async Task Run_RecordsTheWindowsSessions_AndAgainChangesNothing()
    {
        await using var services = await StoreServices.CreatePreparedAsync(_data.Path);
        await using var scope = services.CreateAsyncScope();
        var replanner = scope.ServiceProvider.GetRequiredService<Replanner>();
        var db = scope.ServiceProvider.GetRequiredService<RunnerStrengthDbContext>();

        await replanner.ReplanAsync(default);
        var first = db.PublishedEvents.Select(e => new { e.Uid, e.Sequence }).ToList();
        await replanner.ReplanAsync(default);
        var second = db.PublishedEvents.Select(e => new { e.Uid, e.Sequence }).ToList();

        Assert.True(first.Count >= 7 * 2 - 2, $"{first.Count} sessions over 7 weeks"); // skill phase: 2 a week
        Assert.Equal(first, second);
    }
}
