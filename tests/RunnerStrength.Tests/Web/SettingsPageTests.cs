using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RunnerStrength.Storage;

namespace RunnerStrength.Tests.Web;

/// <summary>The settings page's forms on the hosted service: each change is stored, bad input is named and changes nothing.</summary>
[Collection(HostedService.Collection)]
public sealed class SettingsPageTests : IDisposable
{
    private readonly HostedService _service;

    public SettingsPageTests()
    {
        _service = new(new Dictionary<string, string>
        {
            ["RunnerStrength:Athlete:TimeZone"] = "Europe/Paris",
            ["RunnerStrength:Athlete:Deadlift:Stage"] = "hex_bar",
            ["RunnerStrength:Athlete:Deadlift:OneRepMaxKg"] = "120",
        });
    }

    public void Dispose() => _service.Dispose();

    private HttpClient Client() => _service.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private async Task<T> InStoreAsync<T>(Func<RunnerStrengthDbContext, Task<T>> query)
    {
        await using var scope = _service.Factory.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<RunnerStrengthDbContext>());
    }

    [Fact]
    public async Task AddAndRemoveARace()
    {
        using var client = Client();

        var added = await PageForms.PostAsync(client, "/Settings", "AddRace", ("Race.Date", "2027-04-18"), ("Race.Name", "Paris Marathon"), ("Race.DistanceKm", "42.2"), ("Race.Priority", ""));
        var page = await client.GetStringAsync(new Uri("/Settings", UriKind.Relative));
        var race = await InStoreAsync(db => db.Races.SingleAsync());
        var removed = await PageForms.PostAsync(client, $"/Settings", $"RemoveRace&id={race.Id}");

        Assert.Equal(HttpStatusCode.Redirect, added.Status);
        Assert.Equal(("Paris Marathon", "A"), (race.Name, race.Priority)); // a marathon is an A race by default
        Assert.Contains("Added Paris Marathon on 18 Apr 2027 (A).", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, removed.Status);
        Assert.Equal(0, await InStoreAsync(db => db.Races.CountAsync()));
    }

    [Fact]
    public async Task ABadRaceDistance_ReadsTheSame_OnThePage_TheCommandLine_AndInConfiguration()
    {
        using var client = Client();
        const string Sentence = "must be between 0.1 and 1000 km (got 2000).";

        var page = await PageForms.PostAsync(client, "/Settings", "AddRace", ("Race.Date", "2027-04-18"), ("Race.Name", "Too far"), ("Race.DistanceKm", "2000"), ("Race.Priority", ""));
        using var work = new RunnerStrength.Testing.TempDirectory();
        var cli = await RunnerStrength.Testing.RunnerStrengthProcess.RunAsync(work.Path, "--data", work.Combine("cli"), "race", "add", "2027-04-18", "Too far", "--distance", "2000");
        var configured = await RunnerStrength.Testing.RunnerStrengthProcess.RunAsync(
            work.Path,
            new Dictionary<string, string> { ["RunnerStrength__Races__0__Date"] = "2027-04-18", ["RunnerStrength__Races__0__Name"] = "Too far", ["RunnerStrength__Races__0__DistanceKm"] = "2000" },
            "--data", work.Combine("configured"), "race", "list");

        Assert.Contains($"Race distance {Sentence}", WebUtility.HtmlDecode(page.Body), StringComparison.Ordinal);
        Assert.Equal((2, $"--distance {Sentence}"), (cli.ExitCode, cli.StandardError.Trim()));
        Assert.Equal((2, $"RunnerStrength:Races:0:DistanceKm {Sentence}"), (configured.ExitCode, configured.StandardError.Trim()));
        Assert.Equal(0, await InStoreAsync(db => db.Races.CountAsync()));
    }

    [Fact]
    public async Task Profile_SavesTheWeekTimeStageAnd1RM()
    {
        using var client = Client();

        var saved = await PageForms.PostAsync(client, "/Settings", "Profile",
            ("Settings.Template", "Monday=rest, Tuesday=tempo, Wednesday=easy, Thursday=interval, Friday=rest, Saturday=long, Sunday=easy"),
            ("Settings.StrengthTime", "07:30"), ("Settings.Stage", "barbell"), ("Settings.OneRepMaxKg", "140"),
            ("Settings.HasHexBar", "true"), ("Settings.HasBarbell", "true"), ("Settings.KettlebellsKg", "16, 24"));
        var athlete = await InStoreAsync(db => db.Athletes.SingleAsync());

        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        Assert.Equal(("Barbell", 140.0, new TimeOnly(7, 30), "16,24"), (athlete.DeadliftStage, athlete.OneRepMaxKg!.Value, athlete.StrengthTime, athlete.KettlebellsKg));
        Assert.StartsWith("Monday=rest, Tuesday=tempo", athlete.WeeklyTemplate, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Profile_WithABadWeek_NamesTheProblem_AndChangesNothing()
    {
        using var client = Client();
        var before = await InStoreAsync(db => db.Athletes.SingleAsync());

        var refused = await PageForms.PostAsync(client, "/Settings", "Profile",
            ("Settings.Template", "Monday=rest, Tuesday=sprints"), ("Settings.StrengthTime", "07:30"), ("Settings.Stage", "barbell"), ("Settings.OneRepMaxKg", "140"));

        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Contains("Usual week: &#x27;sprints&#x27; for Tuesday is not one of rest, easy, interval, tempo, long, key.", refused.Body, StringComparison.Ordinal);
        var after = await InStoreAsync(db => db.Athletes.SingleAsync());
        Assert.Equal((before.WeeklyTemplate, before.DeadliftStage), (after.WeeklyTemplate, after.DeadliftStage));
    }

    [Fact]
    public async Task LogASession_IsStored_AndABadSetIsNamed()
    {
        using var client = Client();
        var today = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime).AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var logged = await PageForms.PostAsync(client, "/Settings", "Log", ("Lift.Date", today), ("Lift.Exercise", ""), ("Lift.Sets", "4x5@100, 3x105"));
        var refused = await PageForms.PostAsync(client, "/Settings", "Log", ("Lift.Date", today), ("Lift.Sets", "heavy"));
        var rows = await InStoreAsync(db => db.StrengthLog.ToListAsync());

        Assert.Equal(HttpStatusCode.Redirect, logged.Status);
        var row = Assert.Single(rows);
        Assert.Equal(("hex_bar_deadlift", "manual"), (row.Exercise, row.Source));
        Assert.Equal(5, System.Text.Json.JsonDocument.Parse(row.SetsJson).RootElement.GetArrayLength());
        Assert.Contains("Log: &#x27;heavy&#x27; is not a set", refused.Body, StringComparison.Ordinal);
    }
}
