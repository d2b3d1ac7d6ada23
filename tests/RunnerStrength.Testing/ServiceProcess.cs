using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace RunnerStrength.Testing;

/// <summary>The real service (<c>runnerstrength serve</c>) on a free loopback port, healthy before it is handed out.</summary>
public sealed class ServiceProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private ServiceProcess(Process process, int port)
    {
        (_process, Port) = (process, port);
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public int Port { get; }

    /// <summary>The process id, for whole-process figures (resident memory) in bench/.</summary>
    public int ProcessId => _process.Id;

    public Uri BaseUrl => new($"http://127.0.0.1:{Port}/");

    /// <summary>Everything the process wrote so far (its log).</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public bool HasExited => _process.HasExited;

    public static async Task<ServiceProcess> StartAsync(string workingDirectory, string dataDirectory, IDictionary<string, string>? environment = null, int? port = null)
    {
        var chosen = port ?? FreePort();
        var settings = new Dictionary<string, string>(environment ?? new Dictionary<string, string>())
        {
            ["RunnerStrength__Web__Urls"] = $"http://127.0.0.1:{chosen}",
            ["RunnerStrength__Web__PublicBaseUrl"] = $"http://127.0.0.1:{chosen}",
        };
        var info = RunnerStrengthProcess.StartInfo(workingDirectory, settings, "--data", dataDirectory);
        var service = new ServiceProcess(Process.Start(info)!, chosen);
        await service.WaitForHealthAsync();
        return service;
    }

    /// <summary>Ends the process at once, as a power cut or an OOM kill would.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
    }

    private async Task WaitForHealthAsync()
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(60))
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The service exited before it became healthy: {Output}");
            }

            try
            {
                using var response = await client.GetAsync(new Uri(BaseUrl, "/healthz"));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet, or a slow first answer while the JIT warms up.
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"The service did not become healthy within 60 s: {Output}");
    }

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (_output)
            {
                _output.AppendLine(line);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
