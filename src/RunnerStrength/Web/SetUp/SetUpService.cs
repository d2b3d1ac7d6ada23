namespace RunnerStrength.Web.SetUp;

/// <summary>A service set up from the page: Strava's application, a CalDAV server, Google's or Microsoft's OAuth client.</summary>
internal sealed record SetUpService(string Name, string Title, IReadOnlyList<SetUpField> Fields, string Help)
{
    public static IReadOnlyList<SetUpService> All { get; } =
    [
        new("strava", "Strava application", [new("RunnerStrength:Strava:ClientId", "Client ID"), new("RunnerStrength:Strava:ClientSecret", "Client secret", Secret: true)],
            "From strava.com/settings/api (docs/strava.md)."),
        new("caldav", "CalDAV server", [new("RunnerStrength:Calendar:CalDav:Url", "Server or calendar address", IsUrl: true), new("RunnerStrength:Calendar:CalDav:Username", "User name"), new("RunnerStrength:Calendar:CalDav:Password", "Password (an app password)", Secret: true)],
            "Nextcloud, iCloud, Fastmail, Radicale… (docs/calendars.md)."),
        new("google", "Google Calendar OAuth client", [new("RunnerStrength:Calendar:Google:ClientId", "Client ID"), new("RunnerStrength:Calendar:Google:ClientSecret", "Client secret", Secret: true)],
            "A Web application client with the redirect URI below (docs/calendars.md, Google Calendar)."),
        new("microsoft", "Outlook app registration", [new("RunnerStrength:Calendar:Microsoft:ClientId", "Application (client) ID"), new("RunnerStrength:Calendar:Microsoft:Tenant", "Tenant (consumers for Outlook.com)")],
            "A public client with the redirect URI below (docs/calendars.md, Outlook)."),
    ];

    public static SetUpService? Find(string? name) => All.FirstOrDefault(s => s.Name == name);
}
