using Microsoft.Extensions.Options;

namespace RunnerStrength.Garmin;

internal sealed class GarminOptionsValidator : IValidateOptions<GarminOptions>
{
    public ValidateOptionsResult Validate(string? name, GarminOptions options)
    {
        var errors = new List<string>();
        foreach (var (key, value) in new[] { ("TokenUrl", options.TokenUrl), ("ApiBaseUrl", options.ApiBaseUrl) })
        {
            if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            {
                errors.Add($"{GarminOptions.Section}:{key} must be an absolute http(s) address (got '{value}').");
            }
        }

        if (!options.ActivitiesPath.StartsWith('/'))
        {
            errors.Add($"{GarminOptions.Section}:ActivitiesPath must start with / (got '{options.ActivitiesPath}').");
        }

        if (!options.DownloadPath.StartsWith('/') || !options.DownloadPath.Contains("{activityId}", StringComparison.Ordinal))
        {
            errors.Add($"{GarminOptions.Section}:DownloadPath must start with / and hold {{activityId}} (got '{options.DownloadPath}').");
        }

        if (options.SyncCron.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length != 5)
        {
            errors.Add($"{GarminOptions.Section}:SyncCron must be a cron expression of five fields, e.g. */30 * * * * (got '{options.SyncCron}').");
        }

        if (options.CallTimeout <= TimeSpan.Zero || options.RetryDelay < TimeSpan.Zero)
        {
            errors.Add($"{GarminOptions.Section}:CallTimeout must be positive and RetryDelay not negative (got {options.CallTimeout} and {options.RetryDelay}).");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
