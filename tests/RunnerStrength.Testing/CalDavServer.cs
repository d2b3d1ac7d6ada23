using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Xunit;

namespace RunnerStrength.Testing;

/// <summary>
/// A real CalDAV server on a free loopback port (calendar.md section 1): Radicale with htpasswd
/// authentication (user alice, password secret) or Xandikos without authentication. It can be
/// stopped and started again on the same port and folder, to play a server that is down tonight.
/// </summary>
public sealed class CalDavServer : IAsyncDisposable
{
    public const string User = "alice";
    public const string Password = "secret";

    private readonly TempDirectory _folder = new();
    private readonly CalDavServerKind _kind;
    private Process? _process;

    private CalDavServer(CalDavServerKind kind, int port)
    {
        _kind = kind;
        Port = port;
    }

    public int Port { get; }

    public Uri Root => new($"http://127.0.0.1:{Port}/");

    /// <summary>The server's own calendar home: where discovery should lead.</summary>
    public Uri Home => new(Root, _kind == CalDavServerKind.Radicale ? $"/{User}/" : "/user/calendars/");

    public string? Username => _kind == CalDavServerKind.Radicale ? User : null;

    public string Log => File.Exists(_folder.Combine("server.log")) ? File.ReadAllText(_folder.Combine("server.log")) : "";

    /// <summary>The service's settings that make it push to this server (configuration keys, or environment names with "__").</summary>
    public Dictionary<string, string> Settings(string separator = ":")
    {
        var settings = new Dictionary<string, string> { [$"RunnerStrength{separator}Calendar{separator}CalDav{separator}Url"] = Root.AbsoluteUri };
        if (Username is { } user)
        {
            settings[$"RunnerStrength{separator}Calendar{separator}CalDav{separator}Username"] = user;
            settings[$"RunnerStrength{separator}Calendar{separator}CalDav{separator}Password"] = Password;
        }

        return settings;
    }

    /// <summary>Starts a server; outside CI a test is skipped when the server is not installed, in CI it fails.</summary>
    public static async Task<CalDavServer> StartAsync(CalDavServerKind kind)
    {
        var program = kind == CalDavServerKind.Radicale ? "/usr/bin/radicale" : "/usr/bin/xandikos";
        if (!File.Exists(program))
        {
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException($"CI=true but {program} is missing: .ci/run (test.sh) must install it.");
            }

            Skip.If(true, $"{program} is not installed (./test.sh installs it).");
        }

        // The free-port trick can race with another process binding the port first: try again once.
        for (var attempt = 1; ; attempt++)
        {
            var server = new CalDavServer(kind, FreePort());
            try
            {
                await server.StartAgainAsync();
                return server;
            }
            catch (InvalidOperationException) when (attempt < 3)
            {
                await server.DisposeAsync();
            }
        }
    }

    /// <summary>Starts the server again on the same port and folder after <see cref="StopAsync"/>.</summary>
    public async Task StartAgainAsync()
    {
        var info = _kind == CalDavServerKind.Radicale ? RadicaleStart() : XandikosStart();
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        _process = Process.Start(info)!;
        var log = File.AppendText(_folder.Combine("server.log"));
        log.AutoFlush = true;
        _process.OutputDataReceived += (_, e) => Write(log, e.Data);
        _process.ErrorDataReceived += (_, e) => Write(log, e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        for (var i = 0; i < 150; i++)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"{_kind} exited at start-up: {Log}");
            }

            try
            {
                using var response = await http.GetAsync(Root);
                return;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet, or (Radicale under load) listening but not answering in time: ask again.
                await Task.Delay(100);
            }
        }

        throw new InvalidOperationException($"{_kind} did not answer on port {Port}: {Log}");
    }

    /// <summary>Stops the server; requests then fail with connection refused.</summary>
    public async Task StopAsync()
    {
        if (_process is { HasExited: false } process)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        _process?.Dispose();
        _process = null;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _folder.Dispose();
    }

    private ProcessStartInfo RadicaleStart()
    {
        var users = _folder.Combine("users");
        File.WriteAllText(users, $"{User}:{Password}\n");
        var config = _folder.Combine("config");
        File.WriteAllText(config, string.Join('\n',
            "[server]", $"hosts = 127.0.0.1:{Port}",
            "[auth]", "type = htpasswd", $"htpasswd_filename = {users}", "htpasswd_encryption = plain", "delay = 0",
            "[rights]", "type = owner_only",
            "[storage]", $"filesystem_folder = {_folder.Combine("collections")}",
            "[web]", "type = none",
            "[logging]", "level = info", ""));
        return new ProcessStartInfo("/usr/bin/radicale") { ArgumentList = { "--config", config } };
    }

    private ProcessStartInfo XandikosStart() => new("/usr/bin/xandikos")
    {
        ArgumentList = { "-d", _folder.Combine("data"), "-l", "127.0.0.1", "-p", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--defaults" },
    };

    private static void Write(StreamWriter log, string? line)
    {
        if (line is not null)
        {
            lock (log)
            {
                log.WriteLine(line);
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
