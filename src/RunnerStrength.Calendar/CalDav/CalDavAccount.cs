using System.Text;

namespace RunnerStrength.Calendar.CalDav;

/// <summary>Where and as whom to publish: a server root (discovery finds the calendar) or a calendar collection URL.</summary>
/// <param name="Url">A CalDAV server root, principal, calendar home or calendar collection.</param>
/// <param name="Username">Basic-auth user; null for a server without authentication.</param>
/// <param name="Password">Basic-auth password (an app password for iCloud, Fastmail and Nextcloud with 2FA).</param>
public sealed record CalDavAccount(Uri Url, string? Username, string? Password)
{
    /// <summary>The name of the calendar RunnerStrength creates when it is given a server rather than a calendar.</summary>
    public string CalendarName { get; init; } = "RunnerStrength";

    internal string? AuthorizationHeader => Username is null
        ? null
        : "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Username}:{Password}"));

    // The generated ToString would print the password into any log line that formats the account.
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Url = ").Append(Url).Append(", Username = ").Append(Username).Append(", CalendarName = ").Append(CalendarName);
        return true;
    }
}
