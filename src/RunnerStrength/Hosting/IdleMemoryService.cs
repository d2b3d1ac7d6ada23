namespace RunnerStrength.Hosting;

/// <summary>Samples the heap every few seconds and gives memory back once a burst of work is over.</summary>
internal sealed partial class IdleMemoryService(IManagedHeap heap, TimeProvider time, ILogger<IdleMemoryService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var trimmer = new IdleTrimmer(heap);
        using var timer = new PeriodicTimer(IdleTrimmer.Interval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                if (trimmer.Sample())
                {
                    LogTrimmed(logger, heap.CommittedBytes / (1024 * 1024));
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Idle: the managed heap's free space went back to the system; {CommittedMb} MB committed now")]
    private static partial void LogTrimmed(ILogger logger, long committedMb);
}
