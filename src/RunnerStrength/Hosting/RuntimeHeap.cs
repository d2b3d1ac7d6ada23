namespace RunnerStrength.Hosting;

/// <summary>The runtime's garbage-collected heap.</summary>
internal sealed class RuntimeHeap : IManagedHeap
{
    public long AllocatedBytes => GC.GetTotalAllocatedBytes(precise: false);

    public long CommittedBytes => GC.GetGCMemoryInfo().TotalCommittedBytes;

    // The aggressive mode exists for processes about to idle: a blocking, compacting collection that also
    // decommits the free regions the collector would otherwise keep for the next burst of allocations.
    public void ReturnFreeMemory() => GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
}
