using Microsoft.Extensions.Logging.Console;
using RunnerStrength.CalendarPush;
using RunnerStrength.Configuration;
using RunnerStrength.GarminConnection;
using RunnerStrength.Importing;
using RunnerStrength.Plans;
using RunnerStrength.Storage;
using RunnerStrength.StravaConnection;

namespace RunnerStrength.Cli;

/// <summary>
/// The services a command-line verb runs on: the same configuration, options and store as the
/// service, without the web server or the job server. Logs go to stderr so stdout stays for results.
/// </summary>
internal static class VerbHost
{
    public static IHost Build(string? dataDirectory)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = [],
            ContentRootPath = Directory.GetCurrentDirectory(),
        });
        builder.Configuration.AddRunnerStrengthSources(dataDirectory);
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        // A provider-specific rule outranks the Logging section, which is tuned for the service.
        builder.Logging.AddFilter<ConsoleLoggerProvider>(null, LogLevel.Warning);
        // The key ring sits in an owner-only folder (README, Operations); its "unencrypted" notice is not news to a verb.
        builder.Logging.AddFilter<ConsoleLoggerProvider>("Microsoft.AspNetCore.DataProtection", LogLevel.Error);
        builder.Services.AddRunnerStrengthOptions(builder.Configuration)
            .AddStore()
            .AddPlanning()
            .AddFitInbox()
            .AddStravaAccount(builder.Configuration)
            .AddGarminAccount(builder.Configuration)
            .AddCalendarPush(builder.Configuration);
        return builder.Build();
    }

    /// <summary>Runs <paramref name="verb"/> in a scope of a prepared host; configuration errors exit 2 with one sentence.</summary>
    public static async Task<int> RunAsync(string? dataDirectory, Func<IServiceProvider, CancellationToken, Task<int>> verb, CancellationToken cancellationToken)
    {
        try
        {
            using var host = Build(dataDirectory);
            var seeded = await StartedStore.PrepareAsync(host.Services, cancellationToken);
            await using var scope = host.Services.CreateAsyncScope();
            if (seeded)
            {
                // Seeding the athlete is the first change: the first plan is published from it.
                await scope.ServiceProvider.GetRequiredService<Replanner>().ReplanAsync(cancellationToken);
            }

            return await verb(scope.ServiceProvider, cancellationToken);
        }
        catch (Exception e) when (StartupErrors.Describe(e) is { } sentence)
        {
            await Console.Error.WriteLineAsync(sentence);
            return ExitCodes.Usage;
        }
    }
}
