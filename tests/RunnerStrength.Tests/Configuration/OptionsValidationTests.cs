using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RunnerStrength.Cli;
using RunnerStrength.Configuration;
using RunnerStrength.Testing;

namespace RunnerStrength.Tests.Configuration;

public sealed class OptionsValidationTests : IDisposable
{
    private readonly TempDirectory _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public void Defaults_AreValid()
    {
        using var services = StoreServices.Create(_data.Path);

        services.GetRequiredService<IStartupValidator>().Validate();

        Assert.Equal("http://127.0.0.1:5080", services.GetRequiredService<IOptions<WebOptions>>().Value.Urls);
    }

    [Fact]
    public void AFullAthlete_IsValid_AndReadAsConfigured()
    {
        using var services = StoreServices.Create(_data.Path, new Dictionary<string, string?>
        {
            ["RunnerStrength:Athlete:TimeZone"] = "Europe/Paris",
            ["RunnerStrength:Athlete:MaxHeartRate"] = "188",
            ["RunnerStrength:Athlete:RestingHeartRate"] = "48",
            ["RunnerStrength:Athlete:ThresholdHeartRate"] = "170",
            ["RunnerStrength:Athlete:ThresholdPace"] = "4:05",
            ["RunnerStrength:Athlete:Sex"] = "female",
            ["RunnerStrength:Athlete:Deadlift:Stage"] = "hex_bar",
            ["RunnerStrength:Athlete:Deadlift:OneRepMaxKg"] = "110",
            ["RunnerStrength:Web:Urls"] = "http://0.0.0.0:5080",
            ["RunnerStrength:Web:AdminPassword"] = "correct horse",
        });

        services.GetRequiredService<IStartupValidator>().Validate();
        var (profile, _, errors) = SeedReader.Read(services.GetRequiredService<IOptions<SeedOptions>>().Value);

        Assert.Empty(errors);
        Assert.Equal(TimeSpan.FromSeconds(245), profile!.ThresholdPace);
        Assert.Equal(Training.Athletes.DeadliftStage.HexBar, profile.DeadliftStage);
        Assert.Equal(Training.Athletes.Sex.Female, profile.Sex);
    }

    [Theory]
    [InlineData("RunnerStrength:Storage:Provider", "Oracle", "RunnerStrength:Storage:Provider must be Sqlite or PostgreSql (got 'Oracle').")]
    [InlineData("RunnerStrength:Storage:Provider", "PostgreSql", "RunnerStrength:Storage:ConnectionString must be set when Provider is PostgreSql")]
    [InlineData("RunnerStrength:Web:Urls", "ftp://127.0.0.1:21", "RunnerStrength:Web:Urls must hold http:// or https:// addresses")]
    [InlineData("RunnerStrength:Web:Urls", "http://192.168.1.5:5080", "RunnerStrength:Web:AdminPassword must be set to listen beyond loopback")] // LAN needs a password
    [InlineData("RunnerStrength:Web:PublicBaseUrl", "https://runner.example.org", "RunnerStrength:Web:AdminPassword must be set when PublicBaseUrl is not a loopback address")] // a proxy in front
    [InlineData("RunnerStrength:Web:KnownProxies", "proxy.lan", "RunnerStrength:Web:KnownProxies must hold IP addresses (got 'proxy.lan').")]
    [InlineData("RunnerStrength:Web:PublicBaseUrl", "runner.local", "RunnerStrength:Web:PublicBaseUrl must be an absolute http:// or https:// address (got 'runner.local').")]
    [InlineData("RunnerStrength:Athlete:TimeZone", "Mars/Olympus", "RunnerStrength:Athlete:TimeZone must be an IANA time zone such as Europe/Paris (got 'Mars/Olympus').")]
    [InlineData("RunnerStrength:Athlete:MaxHeartRate", "300", "RunnerStrength:Athlete:MaxHeartRate must be between 120 and 230 beats per minute (got 300).")]
    [InlineData("RunnerStrength:Athlete:ThresholdPace", "4.30", "RunnerStrength:Athlete:ThresholdPace must be a pace per kilometre as m:ss")]
    [InlineData("RunnerStrength:Athlete:StrengthTime", "6pm", "RunnerStrength:Athlete:StrengthTime must be a local time as HH:mm")]
    [InlineData("RunnerStrength:Athlete:WeeklyTemplate", "Monday=sprint", "RunnerStrength:Athlete:WeeklyTemplate must map weekdays")]
    [InlineData("RunnerStrength:Athlete:Deadlift:Stage", "sumo", "RunnerStrength:Athlete:Deadlift:Stage must be kettlebell, hex_bar or barbell (got 'sumo').")]
    [InlineData("RunnerStrength:Races:0:Date", "18/04/2027", "RunnerStrength:Races:0:Date must be a date as YYYY-MM-DD (got '18/04/2027').")]
    [InlineData("RunnerStrength:DataProtection:KeysDirectory", " ", "RunnerStrength:DataProtection:KeysDirectory must be a folder path")]
    public void BadValue_StopsStartWithOneSentenceNamingTheKey(string key, string value, string expected)
    {
        AssertRefused(new() { [key] = value }, expected);
    }

    [Fact]
    public void StravasWebhooks_NeedThePassword()
    {
        AssertRefused(
            new()
            {
                ["RunnerStrength:Strava:Webhook:Enabled"] = "true",
                ["RunnerStrength:Strava:Webhook:CallbackUrl"] = "https://runner.example.org/webhooks/strava",
                ["RunnerStrength:Strava:Webhook:VerifyToken"] = "token",
                ["RunnerStrength:Web:AllowedHosts"] = "runner.example.org",
            },
            "RunnerStrength:Web:AdminPassword must be set when Strava's webhooks are on");
    }

    private void AssertRefused(Dictionary<string, string> changes, string expected)
    {
        // A valid race underneath, so that a race key under test replaces a good value.
        var settings = new Dictionary<string, string?> { ["RunnerStrength:Races:0:Name"] = "Spring 10k", ["RunnerStrength:Races:0:Date"] = "2027-03-01" };
        foreach (var (key, value) in changes)
        {
            settings[key] = value;
        }

        using var services = StoreServices.Create(_data.Path, settings);

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());

        Assert.StartsWith(expected, StartupErrors.Describe(error), StringComparison.Ordinal);
    }

    [Fact]
    public void ThresholdAboveMax_NamesBothValues()
    {
        using var services = StoreServices.Create(_data.Path, new Dictionary<string, string?>
        {
            ["RunnerStrength:Athlete:MaxHeartRate"] = "180",
            ["RunnerStrength:Athlete:ThresholdHeartRate"] = "185",
        });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Equal("RunnerStrength:Athlete:ThresholdHeartRate (185) must be below MaxHeartRate (180).", StartupErrors.Describe(error));
    }

    [Fact]
    public void TextWhereANumberBelongs_NamesTheKeyAndValue()
    {
        using var services = StoreServices.Create(_data.Path, new Dictionary<string, string?> { ["RunnerStrength:Athlete:MaxHeartRate"] = "fast" });

        var error = Assert.ThrowsAny<Exception>(() => services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Equal("RunnerStrength:Athlete:MaxHeartRate must be a whole number (got 'fast').", StartupErrors.Describe(error));
    }
}
