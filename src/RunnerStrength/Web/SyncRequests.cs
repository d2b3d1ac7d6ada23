using Hangfire;
using Hangfire.States;
using RunnerStrength.GarminConnection;
using RunnerStrength.Importing;
using RunnerStrength.StravaConnection;

namespace RunnerStrength.Web;

/// <summary>A sync asked for on demand: every source's job, once; a sync still queued or running absorbs the next request.</summary>
internal sealed class SyncRequests(IBackgroundJobClient jobs, JobStorage storage)
{
    private readonly Lock _gate = new();
    private string[] _pending = [];

    /// <summary>The jobs of the sync queued now, or of the one still waiting or running; and whether it was already there.</summary>
    public (IReadOnlyList<string> Jobs, bool Coalesced) Request()
    {
        lock (_gate)
        {
            if (_pending.Length > 0 && _pending.Any(StillToRun))
            {
                return (_pending, true);
            }

            _pending =
            [
                jobs.Enqueue<FitInboxJob>(job => job.RunAsync(CancellationToken.None)),
                jobs.Enqueue<StravaSyncJob>(job => job.RunAsync(true, CancellationToken.None)),
                jobs.Enqueue<GarminSyncJob>(job => job.RunAsync(CancellationToken.None)),
            ];
            return (_pending, false);
        }
    }

    private static readonly HashSet<string> Waiting = [EnqueuedState.StateName, ProcessingState.StateName, ScheduledState.StateName, AwaitingState.StateName];

    private bool StillToRun(string id)
    {
        using var connection = storage.GetConnection();
        return connection.GetStateData(id)?.Name is { } state && Waiting.Contains(state);
    }
}
