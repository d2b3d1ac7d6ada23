using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using RunnerStrength.Testing;

namespace RunnerStrength.Tests.Cli;

/// <summary>The real service process: start, healthy, and a clean exit on SIGTERM.</summary>
public sealed class ServeProcessTests : IDisposable
{
    private readonly TempDirectory _work = new();

    public void Dispose() => _work.Dispose();

    [Fact]
    public async Task Serve_BecomesHealthy_AndExitsCleanlyOnSigterm()
    {
        var port = FreePort();
        var info = RunnerStrengthProcess.StartInfo(
            _work.Path,
            new Dictionary<string, string> { ["RunnerStrength__Web__Urls"] = $"http://127.0.0.1:{port}" },
            "--data", _work.Combine("data"));
        using var process = Process.Start(info)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        try
        {
            var health = await WaitForHealthAsync(port, process);
            Assert.Contains("\"status\":\"healthy\"", health, StringComparison.Ordinal);

            Assert.Equal(0, Kill(process.Id, 15)); // SIGTERM, as systemd stops a service
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await process.WaitForExitAsync(timeout.Token);

            Assert.Equal(0, process.ExitCode);
            Assert.Contains("Application is shutting down", await stdout, StringComparison.Ordinal);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }

        Assert.DoesNotContain("Unhandled exception", await stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_WithBadUrl_ExitsWith2_NamingTheKey()
    {
        var result = await RunnerStrengthProcess.RunAsync(
            _work.Path,
            new Dictionary<string, string> { ["RunnerStrength__Web__Urls"] = "http://10.1.2.3:5080" },
            "serve", "--data", _work.Combine("data"));

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("RunnerStrength:Web:AdminPassword must be set to listen beyond loopback on 'http://10.1.2.3:5080'.", result.StandardError.Trim());
    }

    private static async Task<string> WaitForHealthAsync(int port, Process process)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(60))
        {
            Assert.False(process.HasExited, "the service exited before it became healthy");
            try
            {
                using var response = await client.GetAsync(new Uri($"http://127.0.0.1:{port}/healthz"));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return await response.Content.ReadAsStringAsync();
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Slow first answer while the JIT warms up.
            }

            await Task.Delay(200);
        }

        throw new TimeoutException("The service did not become healthy within 60 s.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}
