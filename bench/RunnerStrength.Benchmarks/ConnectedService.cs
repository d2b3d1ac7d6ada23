using RunnerStrength.Testing;
using RunnerStrength.Testing.Strava;

namespace RunnerStrength.Benchmarks;

/// <summary>The Release service process behind its login, connected to the Strava double the browser's way; what the whole-process runs start from.</summary>
internal sealed class ConnectedService : IAsyncDisposable
{
    private const string Password = "bench-password";

    private ConnectedService(ServiceProcess process, HttpClient http) => (Process, Http) = (process, http);

    public ServiceProcess Process { get; }

    /// <summary>Logged in; redirects are not followed, so each answer is what the service said.</summary>
    public HttpClient Http { get; }

    /// <summary>Resident memory in MiB, as top shows it.</summary>
    public long RssMiB => File.ReadLines($"/proc/{Process.ProcessId}/status").Where(l => l.StartsWith("VmRSS:", StringComparison.Ordinal))
        .Select(l => long.Parse(l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) / 1024).FirstOrDefault();

    /// <summary>Starts the service in <paramref name="work"/> with <paramref name="settings"/> (webhooks on), logs in and connects Strava.</summary>
    public static async Task<ConnectedService> StartAsync(TempDirectory work, StravaDouble strava, Dictionary<string, string> settings)
    {
        settings["RunnerStrength__Strava__Webhook__Enabled"] = "true";
        settings["RunnerStrength__Strava__Webhook__CallbackUrl"] = "https://home.example.org/webhooks/strava";
        settings["RunnerStrength__Strava__Webhook__VerifyToken"] = "bench-verify-token";
        settings["RunnerStrength__Web__AdminPassword"] = Password;
        settings["RunnerStrength__Athlete__TimeZone"] = "Europe/Paris";
        var process = await ServiceProcess.StartAsync(work.Path, work.Combine("data"), settings);
        var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = process.BaseUrl };
        using (await http.PostAsync(new Uri("/login", UriKind.Relative), new FormUrlEncodedContent([new("password", Password)])))
        using (var start = await http.GetAsync(new Uri("/connect/strava", UriKind.Relative)))
        {
            var state = start.Headers.Location!.Query.TrimStart('?').Split('&').Select(p => p.Split('=', 2)).First(p => p[0] == "state")[1];
            using var back = await http.GetAsync(new Uri($"/connect/strava/callback?state={state}&code={strava.IssueCode()}&scope=read,activity:read_all", UriKind.Relative));
        }

        return new ConnectedService(process, http);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Process.DisposeAsync();
    }
}
