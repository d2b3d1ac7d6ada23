using Microsoft.Extensions.Options;

namespace RunnerStrength.Configuration;

internal sealed class FitOptionsValidator : IValidateOptions<FitOptions>
{
    public ValidateOptionsResult Validate(string? name, FitOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.InboxDirectory) || options.InboxDirectory.IndexOfAny(Path.GetInvalidPathChars()) >= 0)
        {
            return ValidateOptionsResult.Fail($"{FitOptions.Section}:InboxDirectory must be a folder path (got '{options.InboxDirectory}').");
        }

        if (options.MaxFileBytes < 1024)
        {
            return ValidateOptionsResult.Fail($"{FitOptions.Section}:MaxFileBytes must be at least 1024 (got {options.MaxFileBytes}).");
        }

        // Five fields: minute hour day month weekday (Hangfire's cron).
        return options.ScanCron.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length == 5
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"{FitOptions.Section}:ScanCron must be a cron expression of five fields, e.g. */5 * * * * (got '{options.ScanCron}').");
    }
}
