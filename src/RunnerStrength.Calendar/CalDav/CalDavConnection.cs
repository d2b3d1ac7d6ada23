using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace RunnerStrength.Calendar.CalDav;

/// <summary>
/// The configured CalDAV account as a client, and the calendar discovery found for it, remembered for
/// the life of the process (discovery costs three to five requests).
/// </summary>
public sealed class CalDavConnection(IOptions<CalDavOptions> options, IHttpClientFactory clients, Func<string?, string?> revealSecret)
{
    public const string HttpClientName = "caldav";

    private Uri? _calendar;

    public bool Enabled => options.Value.Enabled;

    /// <exception cref="InvalidOperationException">No server is configured.</exception>
    /// <exception cref="CalDavException">The password is protected with another install's key ring.</exception>
    public CalDavClient Client()
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            throw new InvalidOperationException($"{CalDavOptions.Section}:Url is not set: there is no calendar server to push to.");
        }

        string? password;
        try
        {
            password = revealSecret(settings.Password);
        }
        catch (CryptographicException e)
        {
            throw new CalDavException($"{CalDavOptions.Section}:Password is in the protected: form but this install's key ring cannot read it (made on another install?): run 'runnerstrength secret protect' here again.", e);
        }

        return new CalDavClient(clients.CreateClient(HttpClientName), new CalDavAccount(new Uri(settings.Url!), settings.Username, password) { CalendarName = settings.CalendarName });
    }

    public async Task<Uri> CalendarAsync(CalDavClient client, CancellationToken cancellationToken) =>
        _calendar ??= await client.FindCalendarAsync(cancellationToken);

    /// <summary>Forgets the discovered calendar, e.g. after it was not found any more.</summary>
    public void Forget() => _calendar = null;
}
