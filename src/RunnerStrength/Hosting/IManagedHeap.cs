namespace RunnerStrength.Hosting;

/// <summary>The process's managed heap, as the idle trimmer sees it.</summary>
internal interface IManagedHeap
{
    /// <summary>Bytes allocated since the process started (never decreases).</summary>
    long AllocatedBytes { get; }

    /// <summary>Bytes the collector holds from the system, used or not.</summary>
    long CommittedBytes { get; }

    /// <summary>Collects everything and gives the free space back to the system.</summary>
    void ReturnFreeMemory();
}
