using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using RunnerStrength.Storage;
using RunnerStrength.Testing;

namespace RunnerStrength.Tests.Web;

/// <summary>The scale-out configuration: the store and Hangfire's job storage both on a real PostgreSQL server.</summary>
[Collection(HostedService.Collection)]
public sealed class PostgresScaleOutTests
{
    [SkippableFact]
    public async Task StoreAndJobs_RunOnPostgreSql()
    {
        await using var postgres = await PostgresServer.StartAsync();
        using var service = new HostedService(new Dictionary<string, string>
        {
            ["RunnerStrength:Storage:Provider"] = "PostgreSql",
            ["RunnerStrength:Storage:ConnectionString"] = postgres.ConnectionString(),
            ["RunnerStrength:Athlete:TimeZone"] = "Europe/Paris",
        });
        using var client = service.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var health = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
        // A race through the settings page: stored in PostgreSQL, and its replan runs as a Hangfire job stored there too.
        var added = await PageForms.PostAsync(client, "/Settings", "AddRace", ("Race.Date", "2027-04-18"), ("Race.Name", "Paris Marathon"), ("Race.DistanceKm", "42.2"), ("Race.Priority", "A"));
        long published = 0;
        for (var i = 0; i < 300 && published == 0; i++)
        {
            await Task.Delay(100);
            await using var scope = service.Factory.Services.CreateAsyncScope();
            published = await scope.ServiceProvider.GetRequiredService<RunnerStrengthDbContext>().PublishedEvents.LongCountAsync();
        }

        await using var connection = new NpgsqlConnection(postgres.ConnectionString());
        await connection.OpenAsync();
        await using var jobs = new NpgsqlCommand("SELECT count(*) FROM hangfire.job WHERE invocationdata::text LIKE '%ReplanJob%'", connection);
        await using var races = new NpgsqlCommand("SELECT count(*) FROM races WHERE \"Name\" = 'Paris Marathon'", connection);

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, added.Status);
        Assert.Equal(1L, (long)(await races.ExecuteScalarAsync())!);
        Assert.True((long)(await jobs.ExecuteScalarAsync())! >= 1, "the replan went through Hangfire's PostgreSQL storage");
        Assert.True(published > 0, "the replan job ran and published the plan in PostgreSQL");
    }
}
