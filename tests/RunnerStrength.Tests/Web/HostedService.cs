using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using RunnerStrength.Testing;

namespace RunnerStrength.Tests.Web;

/// <summary>The service as WebApplicationFactory hosts it (job server included), on a fresh data folder with the given settings.</summary>
internal sealed class HostedService : IDisposable
{
    /// <summary>
    /// Test classes that host the service run one after another: Hangfire keeps process-wide state (its log
    /// provider, set by the newest host) that a host disposed while another still runs would leave dead.
    /// </summary>
    public const string Collection = "Hosted service";

    private readonly TempDirectory _data = new();

    public HostedService(IReadOnlyDictionary<string, string>? settings = null)
    {
        Factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseSetting("RunnerStrength:DataDirectory", _data.Path);
            foreach (var (key, value) in settings ?? new Dictionary<string, string>())
            {
                web.UseSetting(key, value);
            }
        });
    }

    public WebApplicationFactory<Program> Factory { get; }

    public string DataPath => _data.Path;

    public void Dispose()
    {
        Factory.Dispose();
        SqliteConnection.ClearAllPools();
        _data.Dispose();
    }
}

[CollectionDefinition(HostedService.Collection)]
public sealed class HostedServiceTestGroup;
