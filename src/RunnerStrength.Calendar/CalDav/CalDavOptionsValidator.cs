using Microsoft.Extensions.Options;

namespace RunnerStrength.Calendar.CalDav;

internal sealed class CalDavOptionsValidator : IValidateOptions<CalDavOptions>
{
    public ValidateOptionsResult Validate(string? name, CalDavOptions options)
    {
        if (!options.Enabled)
        {
            return ValidateOptionsResult.Success;
        }

        var errors = new List<string>();
        if (!Uri.TryCreate(options.Url, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
        {
            errors.Add($"{CalDavOptions.Section}:Url must be an absolute http:// or https:// address, e.g. https://caldav.fastmail.com/ (got '{options.Url}').");
        }
        else if (url.Scheme == "http" && !url.IsLoopback && !string.IsNullOrEmpty(options.Password))
        {
            errors.Add($"{CalDavOptions.Section}:Url must use https:// to send a password to '{url.Host}' (got '{options.Url}').");
        }

        if (!string.IsNullOrEmpty(options.Password) && string.IsNullOrWhiteSpace(options.Username))
        {
            errors.Add($"{CalDavOptions.Section}:Username must be set when a password is.");
        }

        if (string.IsNullOrWhiteSpace(options.CalendarName))
        {
            errors.Add($"{CalDavOptions.Section}:CalendarName must not be empty.");
        }

        foreach (var (key, cron) in new[] { ("PushCron", options.PushCron), ("ReconcileCron", options.ReconcileCron) })
        {
            if (cron.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length != 5)
            {
                errors.Add($"{CalDavOptions.Section}:{key} must be a cron expression of five fields, e.g. */10 * * * * (got '{cron}').");
            }
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
