namespace RunnerStrength.Testing;

/// <summary>Waits for what a background job or another process will do, polling; never a fixed sleep.</summary>
public static class Eventually
{
    /// <summary>Returns once <paramref name="condition"/> holds; throws naming <paramref name="what"/> (and the service's log tail) after <paramref name="timeout"/>.</summary>
    public static async Task ReachedAsync(Func<Task<bool>> condition, string what, TimeSpan timeout, ServiceProcess? service = null)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var deadline = TimeProvider.System.GetUtcNow() + timeout;
        while (TimeProvider.System.GetUtcNow() < deadline)
        {
            if (await condition())
            {
                return;
            }

            await Task.Delay(100);
        }

        var log = service?.Output is { } output ? output[Math.Max(0, output.Length - 4000)..] : "";
        throw new TimeoutException($"Not reached within {timeout.TotalSeconds} s: {what}. Service log: {log}");
    }
}
