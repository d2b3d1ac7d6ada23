using Hangfire;
using Hangfire.InMemory;
using Hangfire.States;
using RunnerStrength.Web;

namespace RunnerStrength.Tests.Web;

/// <summary>Syncs asked for on demand are coalesced: one waiting or running absorbs the next request.</summary>
[Collection(HostedService.Collection)] // Hangfire's log provider is process-wide: set here while no host runs
public sealed class SyncRequestsTests
{
    [Fact]
    public void ASyncStillQueued_AbsorbsTheNextRequest_AndOneDoneDoesNot()
    {
        // A host that ran before left its (disposed) logger factory as Hangfire's log provider.
        Hangfire.Logging.LogProvider.SetCurrentLogProvider(new Silent());
        using var storage = new InMemoryStorage();
        var jobs = new BackgroundJobClient(storage); // no server: what is queued stays queued
        var syncs = new SyncRequests(jobs, storage);

        var first = syncs.Request();
        var many = Enumerable.Range(0, 50).Select(_ => syncs.Request()).ToList();
        foreach (var id in first.Jobs)
        {
            jobs.ChangeState(id, new SucceededState(null, 0, 0));
        }

        var afterwards = syncs.Request();

        Assert.Equal((3, false), (first.Jobs.Count, first.Coalesced));
        Assert.All(many, r => Assert.Equal((first.Jobs, true), (r.Jobs, r.Coalesced)));
        Assert.False(afterwards.Coalesced);
        Assert.Empty(afterwards.Jobs.Intersect(first.Jobs));
    }

    private sealed class Silent : Hangfire.Logging.ILogProvider, Hangfire.Logging.ILog
    {
        public Hangfire.Logging.ILog GetLogger(string name) => this;

        public bool Log(Hangfire.Logging.LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null) => false;
    }
}
