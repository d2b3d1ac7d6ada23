namespace RunnerStrength.Hosting;

/// <summary>
/// Settings made on the page (an application's credentials, a calendar server) are read when the host is built,
/// so taking them means building it again: the page asks, the host stops once the answer is sent, and
/// <c>serve</c> builds and starts a new one in the same process (a second or two; the data folder, the key ring
/// and the login cookie carry over).
/// </summary>
internal sealed class ServiceRestart
{
    private volatile bool _requested;

    public bool Requested => _requested;

    /// <summary>Stops the host after the current answer has gone out, and has <c>serve</c> start it again.</summary>
    public void Request(HttpContext context, IHostApplicationLifetime lifetime)
    {
        ArgumentNullException.ThrowIfNull(context);
        _requested = true;
        context.Response.OnCompleted(() =>
        {
            lifetime.StopApplication();
            return Task.CompletedTask;
        });
    }

    /// <summary>Called by <c>serve</c> before it builds a host.</summary>
    public void Reset() => _requested = false;
}
