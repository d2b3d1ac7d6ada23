using System.CommandLine;
using RunnerStrength.Storage;

namespace RunnerStrength.Cli;

/// <summary><c>secret protect</c>: encrypts a secret read from standard input for use in configuration.</summary>
internal static class SecretCommand
{
    public static Command Create()
    {
        var protect = new Command("protect", "Read a secret (e.g. the CalDAV password) from standard input and print its protected: form for appsettings.json");
        protect.SetAction((result, cancellationToken) => VerbHost.RunAsync(result.GetValue(CommonOptions.Data), async (services, ct) =>
        {
            var secret = (await Console.In.ReadLineAsync(ct))?.Trim();
            if (string.IsNullOrEmpty(secret))
            {
                await Console.Error.WriteLineAsync("No secret on standard input: pipe it in, e.g. 'printf %s \"$PASSWORD\" | runnerstrength secret protect'.");
                return ExitCodes.Usage;
            }

            // Encrypted with this install's key ring (data/keys): the value is useless without it.
            Console.WriteLine(SecretProtector.ConfigurationPrefix + services.GetRequiredService<SecretProtector>().Protect(secret));
            return ExitCodes.Success;
        }, cancellationToken));
        return new Command("secret", "Secrets for configuration") { protect };
    }
}
