using Microsoft.Extensions.DependencyInjection;
using RunnerStrength.Storage.Publishing;
using RunnerStrength.Training.Planning;
using RunnerStrength.Training.Prescription;

namespace RunnerStrength.Tests.Storage;

/// <summary>What calendars are given: same UID forever, SEQUENCE raised on change, dropped sessions cancelled.</summary>
/// <summary>Run on SQLite and on PostgreSQL: the suite is the provider's contract.</summary>
public abstract class PublishedEventsSuite(StoreBackend backend) : IDisposable
{
    private static readonly DateOnly Monday = new(2026, 11, 30);

    public void Dispose()
    {
        backend.Dispose();
        GC.SuppressFinalize(this);
    }

    private static PlannedSession Session(string uid, int day, string reason) =>
        new(uid, Monday.AddDays(day), new TimeOnly(18, 0),
            new RunnerStrength.Training.Prescription.Prescription("hex_bar_deadlift", [new PrescribedSet(4, 80, 96, false)], true, TimeSpan.FromMinutes(45), "4x4 @ 96 kg"), reason);

    [SkippableFact]
    public async Task Publish_RaisesSequenceOnlyOnChange_AndCancelsDroppedSessions()
    {
        await using var services = await backend.CreatePreparedAsync();
        await using var scope = services.CreateAsyncScope();
        var published = scope.ServiceProvider.GetRequiredService<PublishedEvents>();
        var (from, to) = (Monday, Monday.AddDays(7));
        var a = Session("rs-a", 3, "Thursday before a rest day");
        var b = Session("rs-b", 6, "Sunday after the long run");

        var first = await published.PublishAsync(1, [a, b], from, to, default);
        var unchanged = await published.PublishAsync(1, [a, b], from, to, default);
        var moved = await published.PublishAsync(1, [a, b with { Date = Monday.AddDays(5), Reason = "Saturday, the long run moved" }], from, to, default);
        var dropped = await published.PublishAsync(1, [a], from, to, default);

        Assert.Equal([0, 0], first.Select(e => e.Sequence));
        Assert.Equal([0, 0], unchanged.Select(e => e.Sequence));
        Assert.Equal(("rs-b", 1, Monday.AddDays(5)), (moved[1].Session.Uid, moved[1].Sequence, moved[1].Session.Date));
        Assert.Equal(2, dropped.Count);
        var cancelled = dropped.Single(e => e.Session.Uid == "rs-b");
        Assert.Equal((true, 2), (cancelled.Cancelled, cancelled.Sequence));
        Assert.Equal("4x4 @ 96 kg", cancelled.Session.Prescription.Summary); // the last version, as calendars had it
        Assert.False(dropped.Single(e => e.Session.Uid == "rs-a").Cancelled);
    }

    [SkippableFact]
    public async Task Publish_OverRowsFingerprintedByTheOldJsonHash_KeepsTheirSequence_AndMovesThemToVersion2()
    {
        await using var services = await backend.CreatePreparedAsync();
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RunnerStrength.Storage.RunnerStrengthDbContext>();
        var published = scope.ServiceProvider.GetRequiredService<PublishedEvents>();
        var (a, b) = (Session("rs-a", 3, "Thursday"), Session("rs-b", 6, "Sunday"));
        await published.PublishAsync(1, [a, b], Monday, Monday.AddDays(7), default);
        // As the previous version stored them: the SHA-256 of the session's JSON.
        foreach (var row in db.PublishedEvents)
        {
            row.ContentHash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(row.SessionJson)));
        }

        await db.SaveChangesAsync();

        var after = await published.PublishAsync(1, [a, b with { StartLocal = new TimeOnly(19, 0) }], Monday, Monday.AddDays(7), default);

        Assert.Equal([("rs-a", 0), ("rs-b", 1)], after.Select(e => (e.Session.Uid, e.Sequence)));
        Assert.All(db.PublishedEvents.AsEnumerable(), r => Assert.StartsWith("2:", r.ContentHash, StringComparison.Ordinal));
        Assert.All(db.PublishedEvents.AsEnumerable(), r => Assert.Equal(64, r.ContentHash.Length));
    }

    [SkippableFact]
    public async Task Publish_FromTwoScopesAtOnce_StoresEachUidOnce()
    {
        await using var services = await backend.CreatePreparedAsync();
        await using var one = services.CreateAsyncScope();
        await using var two = services.CreateAsyncScope();
        var sessions = new[] { Session("rs-a", 3, "Thursday"), Session("rs-b", 6, "Sunday") };

        // The feed and the start-up replan used to collide here on a new UID (a 500 in CI).
        var results = await Task.WhenAll(
            one.ServiceProvider.GetRequiredService<PublishedEvents>().PublishAsync(1, sessions, Monday, Monday.AddDays(7), default),
            two.ServiceProvider.GetRequiredService<PublishedEvents>().PublishAsync(1, sessions, Monday, Monday.AddDays(7), default));

        Assert.All(results, r => Assert.Equal(["rs-a", "rs-b"], r.Select(e => e.Session.Uid)));
        Assert.All(results, r => Assert.All(r, e => Assert.Equal(0, e.Sequence)));
    }

    [SkippableFact]
    public async Task Publish_RecordsWhatMovedAndWhy_AsPlanVersions()
    {
        await using var services = await backend.CreatePreparedAsync();
        await using var scope = services.CreateAsyncScope();
        var published = scope.ServiceProvider.GetRequiredService<PublishedEvents>();
        var (from, to) = (Monday, Monday.AddDays(7));
        var a = Session("rs-a", 3, "Thursday before a rest day");
        var b = Session("rs-b", 6, "Sunday after the long run");

        await published.PublishAsync(1, [a, b], from, to, default);
        await published.PublishAsync(1, [a, b with { Date = Monday.AddDays(5), Reason = "Saturday: Sunday's run became a race" }], from, to, default);
        await published.PublishAsync(1, [b with { Date = Monday.AddDays(5), Reason = "Saturday: Sunday's run became a race" }], from, to, default);
        var history = scope.ServiceProvider.GetRequiredService<PlanHistory>();
        var recent = await history.RecentAsync(1, DateTimeOffset.UnixEpoch, DateTime.MinValue, 10, default);
        var fromFriday = await history.RecentAsync(1, DateTimeOffset.UnixEpoch, Monday.AddDays(4).ToDateTime(TimeOnly.MinValue), 10, default);

        Assert.Equal(["dropped", "moved"], recent.Select(c => c.Kind));
        var moved = recent[1];
        Assert.Equal(("rs-b", 1, Monday.AddDays(6).ToDateTime(new TimeOnly(18, 0)), Monday.AddDays(5).ToDateTime(new TimeOnly(18, 0))), (moved.Uid, moved.Sequence, moved.FromLocal!.Value, moved.ToLocal!.Value));
        Assert.Equal("Saturday: Sunday's run became a race", moved.Reason);
        Assert.Equal(("rs-a", "4x4 @ 96 kg"), (recent[0].Uid, recent[0].Summary));
        Assert.Equal(["moved"], fromFriday.Select(c => c.Kind)); // Thursday's dropped session is behind us
    }
}

public sealed class PublishedEventsOnSqliteTests() : PublishedEventsSuite(new SqliteBackend());

[Collection(PostgresCluster.Collection)]
public sealed class PublishedEventsOnPostgresTests(PostgresCluster cluster) : PublishedEventsSuite(new PostgresBackend(cluster));
