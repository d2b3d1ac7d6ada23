using System.CommandLine;
using RunnerStrength.Hosting;
using RunnerStrength.Jobs;
using RunnerStrength.Plans;
using RunnerStrength.Web;

namespace RunnerStrength.Cli;

/// <summary><c>serve</c>, the default verb: the unattended service until SIGTERM or Ctrl+C.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var serve = new Command("serve", "Run the unattended service (the default)");
        serve.TreatUnmatchedTokensAsErrors = false;
        serve.SetAction((result, _) => RunAsync(result));
        return serve;
    }

    public static async Task<int> RunAsync(ParseResult result)
    {
        try
        {
            // Settings saved on the page take effect in a new host; SIGTERM or Ctrl+C end the loop.
            var restart = new ServiceRestart();
            do
            {
                restart.Reset();
                await using var app = ServiceHost.Build(HostArguments(result), result.GetValue(CommonOptions.Data), restart);
                if (await StartedStore.PrepareAsync(app.Services, CancellationToken.None))
                {
                    // A new install publishes its first plan before it answers, so the feed is never empty.
                    await using var scope = app.Services.CreateAsyncScope();
                    await scope.ServiceProvider.GetRequiredService<Replanner>().ReplanAsync(CancellationToken.None);
                }

                await JobSchedule.RegisterAsync(app.Services, CancellationToken.None);
                // The host owns shutdown: SIGTERM and Ctrl+C stop it gracefully.
                await app.RunAsync();
            }
            while (restart.Requested);

            return ExitCodes.Success;
        }
        catch (Exception e) when (StartupErrors.Describe(e) is { } sentence)
        {
            await Console.Error.WriteLineAsync(sentence);
            return ExitCodes.Usage;
        }
    }

    /// <summary>
    /// Host settings given as <c>--Key=value</c> (how WebApplicationFactory and operators pass host
    /// configuration) go to the host; anything else unmatched was checked as an error already.
    /// </summary>
    private static string[] HostArguments(ParseResult result) =>
        result.UnmatchedTokens.Where(IsHostSetting).ToArray();

    public static bool IsHostSetting(string token) =>
        token.StartsWith("--", StringComparison.Ordinal) && token.IndexOf('=', StringComparison.Ordinal) > 2;
}
