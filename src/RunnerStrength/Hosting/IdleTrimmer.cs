namespace RunnerStrength.Hosting;

/// <summary>
/// Decides, one sample at a time, when the service has gone quiet after enough work to be worth a trim.
/// The service idles almost always: the start-up, an import or a sync allocates megabytes that the
/// collector keeps committed for the next burst, which may be a week away. Quiet means the last interval
/// allocated less than <see cref="QuietBytes"/> (the job server's polling allocates a few hundred bytes a
/// second); worth it means <see cref="TrimAfterBytes"/> allocated since the last trim (or the start), so a
/// page view does not cost a full collection and a busy service is never trimmed in the middle of its work.
/// </summary>
internal sealed class IdleTrimmer(IManagedHeap heap)
{
    public const long QuietBytes = 1024 * 1024;

    public const long TrimAfterBytes = 16 * 1024 * 1024;

    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    private long _lastSample = heap.AllocatedBytes;
    // Counted from the process's start, so the first trim follows the start-up's migrations and catch-up.
    private long _atLastTrim;

    /// <summary>Takes one sample; trims and returns true when the service has just gone quiet.</summary>
    public bool Sample()
    {
        var allocated = heap.AllocatedBytes;
        var quiet = allocated - _lastSample < QuietBytes;
        _lastSample = allocated;
        if (!quiet || allocated - _atLastTrim < TrimAfterBytes)
        {
            return false;
        }

        heap.ReturnFreeMemory();
        _atLastTrim = _lastSample = heap.AllocatedBytes;
        return true;
    }
}
