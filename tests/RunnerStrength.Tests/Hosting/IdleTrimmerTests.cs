using RunnerStrength.Hosting;

namespace RunnerStrength.Tests.Hosting;

public sealed class IdleTrimmerTests
{
    private const long Megabyte = 1024 * 1024;

    [Fact]
    public void ABurstOfWork_IsTrimmedOnce_WhenTheNextIntervalIsQuiet()
    {
        var heap = new ScriptedHeap();
        var trimmer = new IdleTrimmer(heap);

        heap.Allocate(40 * Megabyte);
        Assert.False(trimmer.Sample()); // still busy: 40 MB in the last interval
        heap.Allocate(100 * 1024);
        Assert.True(trimmer.Sample());
        heap.Allocate(100 * 1024);
        Assert.False(trimmer.Sample());

        Assert.Equal(1, heap.Trims);
    }

    [Fact]
    public void SteadyWork_IsNeverInterrupted()
    {
        var heap = new ScriptedHeap();
        var trimmer = new IdleTrimmer(heap);

        for (var interval = 0; interval < 50; interval++)
        {
            heap.Allocate(3 * Megabyte);
            Assert.False(trimmer.Sample());
        }

        Assert.Equal(0, heap.Trims);
    }

    [Fact]
    public void AnIdleService_TrimsOnlyAfterItsPollingAddsUpToTheThreshold()
    {
        var heap = new ScriptedHeap();
        var trimmer = new IdleTrimmer(heap);
        var polling = 200 * 1024; // far more than the job server's polling, to keep the loop short
        var intervalsPerTrim = (int)Math.Ceiling(IdleTrimmer.TrimAfterBytes / (double)polling);

        for (var interval = 0; interval < 3 * intervalsPerTrim; interval++)
        {
            heap.Allocate(polling);
            trimmer.Sample();
        }

        Assert.Equal(3, heap.Trims);
    }

    [Fact]
    public void TheStartUpCounts_SoTheFirstQuietIntervalAfterItTrims()
    {
        var heap = new ScriptedHeap();
        heap.Allocate(30 * Megabyte); // migrations and catch-up before the trimmer started
        var trimmer = new IdleTrimmer(heap);

        heap.Allocate(10 * 1024);

        Assert.True(trimmer.Sample());
    }

    [Fact]
    public void TheRuntimeHeap_CollectsEverythingWhenAskedToReturnMemory()
    {
        var heap = new RuntimeHeap();
        var fullCollections = GC.CollectionCount(GC.MaxGeneration);
        GC.KeepAlive(new byte[Megabyte]);

        heap.ReturnFreeMemory();

        Assert.True(GC.CollectionCount(GC.MaxGeneration) > fullCollections);
        Assert.True(GC.GetGCMemoryInfo(GCKind.FullBlocking).Compacted);
    }

    private sealed class ScriptedHeap : IManagedHeap
    {
        public long AllocatedBytes { get; private set; }

        public long CommittedBytes => 0;

        public int Trims { get; private set; }

        public void Allocate(long bytes) => AllocatedBytes += bytes;

        public void ReturnFreeMemory() => Trims++;
    }
}
