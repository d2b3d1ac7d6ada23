using Microsoft.Extensions.Options;

namespace RunnerStrength.Calendar.OAuth;

/// <summary>Checks the addresses and the name of an OAuth calendar section, naming the key at fault.</summary>
internal sealed class OAuthCalendarOptionsValidator<TOptions>(string section) : IValidateOptions<TOptions>
    where TOptions : OAuthCalendarOptions
{
    public ValidateOptionsResult Validate(string? name, TOptions options)
    {
        var errors = new List<string>();
        foreach (var (key, value) in new[] { ("AuthorizeUrl", options.AuthorizeUrl), ("TokenUrl", options.TokenUrl), ("ApiBaseUrl", options.ApiBaseUrl) }.Concat(Extra(options)))
        {
            if (!Uri.TryCreate(value, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
            {
                errors.Add($"{section}:{key} must be an absolute https:// address (got '{value}').");
            }
        }

        if (string.IsNullOrWhiteSpace(options.CalendarName))
        {
            errors.Add($"{section}:CalendarName must not be empty.");
        }

        if (options.CallTimeout <= TimeSpan.Zero || options.RetryDelay < TimeSpan.Zero)
        {
            errors.Add($"{section}:CallTimeout must be positive and RetryDelay not negative.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static IEnumerable<(string, string)> Extra(TOptions options) =>
        options is Google.GoogleCalendarOptions google ? [("RevokeUrl", google.RevokeUrl)] : [];
}
