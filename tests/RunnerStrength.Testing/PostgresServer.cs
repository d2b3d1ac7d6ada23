using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Xunit;

namespace RunnerStrength.Testing;

/// <summary>
/// A throw-away PostgreSQL cluster (Debian's PostgreSQL 15 binaries) on a free loopback port, trust
/// authentication, removed on dispose. As root it runs as the <c>postgres</c> user, which initdb requires.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    private const string Bin = "/usr/lib/postgresql/15/bin";
    private readonly string _folder;

    private PostgresServer(string folder, int port) => (_folder, Port) = (folder, port);

    public int Port { get; }

    public string ConnectionString(string database = "postgres") => $"Host=127.0.0.1;Port={Port};Username=runnerstrength;Database={database};Pooling=false";

    public static async Task<PostgresServer> StartAsync()
    {
        if (!File.Exists(Path.Combine(Bin, "initdb")))
        {
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException($"CI=true but {Bin}/initdb is missing: test.sh must install postgresql.");
            }

            Skip.If(true, "PostgreSQL is not installed (./test.sh installs it).");
        }

        var folder = Path.Combine("/tmp", "runnerstrength-pg-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var server = new PostgresServer(folder, FreePort());
        if (Environment.UserName == "root")
        {
            await RunAsync("chown", "-R", "postgres:postgres", folder);
        }

        await AsServerUserAsync(Path.Combine(Bin, "initdb"), "-D", Path.Combine(folder, "data"), "-A", "trust", "-U", "runnerstrength", "--no-sync");
        await AsServerUserAsync(Path.Combine(Bin, "pg_ctl"), "-D", Path.Combine(folder, "data"), "-l", Path.Combine(folder, "log"), "-w",
            "-o", $"-p {server.Port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off", "start");
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await AsServerUserAsync(Path.Combine(Bin, "pg_ctl"), "-D", Path.Combine(_folder, "data"), "-m", "immediate", "-w", "stop");
        }
        finally
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static Task AsServerUserAsync(params string[] command) =>
        Environment.UserName == "root" ? RunAsync("runuser", ["-u", "postgres", "--", .. command]) : RunAsync(command[0], command[1..]);

    private static async Task RunAsync(string program, params string[] args)
    {
        var info = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', args)} failed ({process.ExitCode}): {await error}{await output}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
