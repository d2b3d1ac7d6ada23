using Microsoft.Extensions.Options;

namespace RunnerStrength.Strava;

internal sealed class StravaOptionsValidator : IValidateOptions<StravaOptions>
{
    public ValidateOptionsResult Validate(string? name, StravaOptions options)
    {
        var errors = new List<string>();
        if (options.Enabled && !long.TryParse(options.ClientId, out _))
        {
            errors.Add($"{StravaOptions.Section}:ClientId must be your Strava application's numeric Client ID (got '{options.ClientId}').");
        }

        if (options.Enabled && string.IsNullOrWhiteSpace(options.ClientSecret))
        {
            errors.Add($"{StravaOptions.Section}:ClientSecret must be set when ClientId is (strava.com/settings/api).");
        }

        foreach (var (key, value) in new[] { ("AuthorizeUrl", options.AuthorizeUrl), ("TokenUrl", options.TokenUrl), ("DeauthorizeUrl", options.DeauthorizeUrl), ("RevokeUrl", options.RevokeUrl), ("ApiBaseUrl", options.ApiBaseUrl) })
        {
            if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            {
                errors.Add($"{StravaOptions.Section}:{key} must be an absolute http(s) address (got '{value}').");
            }
        }

        if (!string.IsNullOrEmpty(options.NextApiBaseUrl) && (!Uri.TryCreate(options.NextApiBaseUrl, UriKind.Absolute, out var next) || next.Scheme is not ("http" or "https")))
        {
            errors.Add($"{StravaOptions.Section}:NextApiBaseUrl must be an absolute http(s) address or empty (got '{options.NextApiBaseUrl}').");
        }

        if (options.ShortWindow <= TimeSpan.Zero || options.LongWindow < options.ShortWindow)
        {
            errors.Add($"{StravaOptions.Section}:ShortWindow must be positive and LongWindow at least as long (got {options.ShortWindow} and {options.LongWindow}).");
        }

        if (options.SyncCron.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length != 5)
        {
            errors.Add($"{StravaOptions.Section}:SyncCron must be a cron expression of five fields, e.g. */30 * * * * (got '{options.SyncCron}').");
        }

        if (options.Webhook.Enabled && (!Uri.TryCreate(options.Webhook.CallbackUrl, UriKind.Absolute, out var callback) || callback.Scheme != "https" || string.IsNullOrWhiteSpace(options.Webhook.VerifyToken)))
        {
            errors.Add($"{StravaOptions.Section}:Webhook needs an https:// CallbackUrl reachable from the internet and a VerifyToken (got '{options.Webhook.CallbackUrl}').");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
