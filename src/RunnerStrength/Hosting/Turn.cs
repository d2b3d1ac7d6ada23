namespace RunnerStrength.Hosting;

/// <summary>
/// One turn at a time for <typeparamref name="TOwner"/>'s work in this process (a singleton per owner);
/// the store's own concurrency checks cover other processes.
/// </summary>
internal sealed class Turn<TOwner> : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task<IDisposable> TakeAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        return new Release(_gate);
    }

    public void Dispose() => _gate.Dispose();

    private sealed class Release(SemaphoreSlim gate) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                gate.Release();
            }
        }
    }
}
