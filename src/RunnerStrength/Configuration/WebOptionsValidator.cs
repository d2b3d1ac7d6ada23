using System.Net;
using Microsoft.Extensions.Options;

namespace RunnerStrength.Configuration;

internal sealed class WebOptionsValidator(bool stravaWebhooks) : IValidateOptions<WebOptions>
{
    public ValidateOptionsResult Validate(string? name, WebOptions options)
    {
        var errors = new List<string>();
        var urls = options.Urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (urls.Length == 0)
        {
            errors.Add($"{WebOptions.Section}:Urls must name at least one http:// or https:// address (got '{options.Urls}').");
        }

        foreach (var url in urls)
        {
            if (!TryParseListenUrl(url, out var host))
            {
                errors.Add($"{WebOptions.Section}:Urls must hold http:// or https:// addresses with a port, e.g. http://127.0.0.1:5080 (got '{url}').");
            }
            else if (!IsLoopback(host) && string.IsNullOrEmpty(options.AdminPassword))
            {
                errors.Add($"{WebOptions.Section}:AdminPassword must be set to listen beyond loopback on '{url}'.");
            }
        }

        if (!Uri.TryCreate(options.PublicBaseUrl, UriKind.Absolute, out var publicUri) || publicUri.Scheme is not ("http" or "https"))
        {
            errors.Add($"{WebOptions.Section}:PublicBaseUrl must be an absolute http:// or https:// address (got '{options.PublicBaseUrl}').");
        }
        else if (!IsLoopback(publicUri.Host) && string.IsNullOrEmpty(options.AdminPassword))
        {
            // A reverse proxy in front of a loopback service exposes it as much as listening beyond loopback does.
            errors.Add($"{WebOptions.Section}:AdminPassword must be set when PublicBaseUrl is not a loopback address ('{options.PublicBaseUrl}').");
        }

        if (stravaWebhooks && string.IsNullOrEmpty(options.AdminPassword))
        {
            errors.Add($"{WebOptions.Section}:AdminPassword must be set when Strava's webhooks are on (the service is then reachable from the internet).");
        }

        foreach (var proxy in WebOptions.Split(options.KnownProxies))
        {
            if (!IPAddress.TryParse(proxy, out _))
            {
                errors.Add($"{WebOptions.Section}:KnownProxies must hold IP addresses (got '{proxy}').");
            }
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    // Kestrel accepts wildcard hosts ("*", "+", "0.0.0.0") that Uri refuses; map them to a host Uri reads.
    private static bool TryParseListenUrl(string url, out string host)
    {
        host = "";
        var normalised = url.Replace("://*", "://0.0.0.0", StringComparison.Ordinal).Replace("://+", "://0.0.0.0", StringComparison.Ordinal);
        if (!Uri.TryCreate(normalised, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            return false;
        }

        host = uri.Host;
        return true;
    }

    private static bool IsLoopback(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
}
