using Microsoft.Extensions.Options;
using RunnerStrength.Configuration;
using RunnerStrength.Storage;

namespace RunnerStrength.Web.SetUp;

/// <summary>
/// What the Settings page sets up for the operator (an application's credentials, a calendar server): written to
/// the page's settings file, secrets encrypted in the <c>protected:…</c> form; the operator's own configuration
/// (files, environment) still wins, and the page says when a value comes from there.
/// </summary>
internal sealed class PageSetUp(IConfiguration configuration, DataPaths paths, SecretProtector secrets, IOptions<WebOptions> web)
{
    /// <summary>How one field stands: the value to show (never a secret), whether it is set, and whether the operator's configuration sets it.</summary>
    public sealed record FieldState(SetUpField Field, string? Shown, bool Set, bool FromConfiguration);

    public IReadOnlyList<FieldState> State(SetUpService service)
    {
        ArgumentNullException.ThrowIfNull(service);
        var page = PageSettingsFile.Read(paths.DataDirectory);
        return service.Fields.Select(f =>
        {
            var effective = configuration[f.Key];
            var mine = page.GetValueOrDefault(f.Key);
            var set = !string.IsNullOrWhiteSpace(effective);
            return new FieldState(f, f.Secret ? null : effective, set, set && effective != mine);
        }).ToList();
    }

    /// <summary>The address a provider must send the browser back to, for the help text.</summary>
    public string Callback(string provider) => CalendarAccounts.CalendarConnector.Callback(new Uri(web.Value.PublicBaseUrl), provider).AbsoluteUri;

    /// <summary>Stores what was typed (a blank secret keeps the stored one); returns the first problem, or null when saved.</summary>
    public async Task<string?> SaveAsync(SetUpService service, Func<string, string?> typed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(typed);
        var changes = new Dictionary<string, string?>();
        foreach (var field in service.Fields)
        {
            var value = typed(field.Id)?.Trim();
            if (string.IsNullOrEmpty(value))
            {
                if (!field.Secret)
                {
                    changes[field.Key] = null;
                }

                continue; // a blank secret keeps the stored one
            }

            if (value.Length > 2000)
            {
                return $"{field.Label} is too long.";
            }

            if (field.IsUrl && (!Uri.TryCreate(value, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https")))
            {
                return $"{field.Label} must be an address starting with https:// (got '{value}').";
            }

            changes[field.Key] = field.Secret ? SecretProtector.ConfigurationPrefix + secrets.Protect(value) : value;
        }

        await PageSettingsFile.WriteAsync(paths.DataDirectory, changes, cancellationToken);
        return null;
    }

    /// <summary>Forgets everything the page set for <paramref name="service"/>.</summary>
    public Task ClearAsync(SetUpService service, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(service);
        return PageSettingsFile.WriteAsync(paths.DataDirectory, service.Fields.ToDictionary(f => f.Key, _ => (string?)null), cancellationToken);
    }
}
