using Microsoft.Extensions.Options;
using RunnerStrength.Calendar.CalDav;
using RunnerStrength.Configuration;
using RunnerStrength.Storage;

namespace RunnerStrength.CalendarPush;

/// <summary>
/// The configured CalDAV account as a client, and the calendar discovery found for it, remembered for
/// the life of the process (discovery costs three to five requests).
/// </summary>
internal sealed class CalDavConnection(IOptions<CalDavOptions> options, IHttpClientFactory clients, SecretProtector secrets)
{
    public const string HttpClientName = "caldav";

    private Uri? _calendar;

    public bool Enabled => options.Value.Enabled;

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
            password = secrets.Reveal(settings.Password);
        }
        catch (System.Security.Cryptography.CryptographicException e)
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
