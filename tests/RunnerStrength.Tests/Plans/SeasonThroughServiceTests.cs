using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using RunnerStrength.Plans;
using RunnerStrength.Storage.Activities;
using RunnerStrength.Storage.Publishing;
using RunnerStrength.Storage.Races;
using RunnerStrength.Testing;
using RunnerStrength.Testing.Seasons;
using RunnerStrength.Training.Planning;
using RunnerStrength.Training.Races;
using Xunit.Abstractions;

namespace RunnerStrength.Tests.Plans;

/// <summary>
/// Sixteen weeks of a plan-shaped season lived day by day through the service's own planning path (the store,
/// the replan, what calendars were given), with a fake clock: each run arrives half an hour after it ends and
/// is followed by a replan, as a sync would. What the athlete was given is then checked against what the plan
/// really held (the season's labels, not the classifier's verdicts) by the hard rules, written here apart.
/// </summary>
public sealed class SeasonThroughServiceTests(ITestOutputHelper output) : IDisposable
{
    private static readonly DateOnly FirstMonday = new(2024, 12, 2);
    private readonly TempDirectory _data = new();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _data.Dispose();
    }

    [Theory]
    [InlineData("hansons", "de", true, null)]   // evening key runs: rule 15 with the real run
    [InlineData("pfitzinger", "fr", false, null)]
    [InlineData("higdon", "nl", false, "")]     // the usual week never set: the default one
    // A usual week set for an older plan (tempo on Thursday): Monday looks like the best day to lift, but this plan's threshold run is on Tuesday.
    [InlineData("pfitzinger", "es", false, "Monday=rest, Tuesday=easy, Wednesday=easy, Thursday=tempo, Friday=rest, Saturday=easy, Sunday=long")]
    public async Task SixteenWeeksLivedDayByDay_TheSessionsGivenBreakNoHardRule_AndThePastNeverMoves(string family, string language, bool evening, string? usualWeek)
    {
        var season = SimulatedSeason.Run(PlanFamily.All.Single(f => f.Name == family), new SeasonAthlete { Language = language, EveningKeyRuns = evening, Seed = 3 }, FirstMonday, 104);
        var livedFrom = FirstMonday.AddDays(7 * 88); // from August 2026: taper, the A race, recovery, a new cycle, the end of summer time
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
        var clock = new FakeTimeProvider(Instant(livedFrom.AddDays(-1), new TimeOnly(20, 0), zone));
        var settings = new Dictionary<string, string?>
        {
            ["RunnerStrength:Athlete:TimeZone"] = "Europe/Paris",
            ["RunnerStrength:Athlete:WeeklyTemplate"] = usualWeek is null ? season.Template : usualWeek.Length == 0 ? null : usualWeek,
            ["RunnerStrength:Athlete:StrengthTime"] = "18:00",
            ["RunnerStrength:Athlete:Deadlift:Stage"] = "hex_bar",
            ["RunnerStrength:Athlete:Deadlift:OneRepMaxKg"] = "120",
        };
        await using var services = await StoreServices.CreatePreparedAsync(_data.Path, settings, clock);
        await SeedAsync(services, season, before: livedFrom);

        var givenAtTheTime = new Dictionary<string, PlannedSession>();
        for (var date = livedFrom; date < livedFrom.AddDays(7 * 16); date = date.AddDays(1))
        {
            clock.SetUtcNow(Instant(date, new TimeOnly(5, 0), zone));
            await ReplanAsync(services); // the morning's scheduled replan
            foreach (var run in season.Runs.Where(r => r.Activity.LocalDate == date).OrderBy(r => r.Activity.Start))
            {
                clock.SetUtcNow(run.Activity.End + TimeSpan.FromMinutes(30));
                await AddAsync(services, run);
                await ReplanAsync(services);
            }

            // What a day that has ended holds must never change again.
            clock.SetUtcNow(Instant(date.AddDays(1), new TimeOnly(0, 5), zone));
            foreach (var session in (await GivenAsync(services, date, date.AddDays(1))).Where(e => !e.Cancelled).Select(e => e.Session))
            {
                givenAtTheTime.TryAdd(session.Uid, session);
            }
        }

        var given = (await GivenAsync(services, livedFrom, livedFrom.AddDays(7 * 16))).Where(e => !e.Cancelled).Select(e => e.Session).ToList();
        // The past kept as it was (the prescription's sets are a list: compared by what the athlete reads).
        static string Shown(PlannedSession s) => $"{s.Uid} {s.Date} {s.StartLocal} {s.Prescription.Summary} {s.Reason}";
        Assert.All(givenAtTheTime.Values, s => Assert.Contains(Shown(s), given.Select(Shown)));
        var breaches = GroundTruth.Breaches(given, season, zone);
        output.WriteLine($"{given.Count} sessions over 16 weeks; {breaches.Count} breaches");
        Assert.True(given.Count >= 12, $"{given.Count} sessions");
        Assert.True(breaches.Count == 0, string.Join("\n", breaches));
    }

    private static async Task SeedAsync(ServiceProvider services, SimulatedSeason season, DateOnly before)
    {
        await using var scope = services.CreateAsyncScope();
        var activities = scope.ServiceProvider.GetRequiredService<ActivityStore>();
        var races = scope.ServiceProvider.GetRequiredService<RaceStore>();
        foreach (var race in season.Races)
        {
            await races.AddAsync(1, race, default);
        }

        foreach (var run in season.Runs.Where(r => r.Activity.LocalDate < before))
        {
            await activities.AddAsync(1, run.Activity, default);
        }
    }

    private static async Task AddAsync(ServiceProvider services, SimulatedRun run)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ActivityStore>().AddAsync(1, run.Activity, default);
    }

    private static async Task ReplanAsync(ServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<Replanner>().ReplanAsync(default);
    }

    private static async Task<IReadOnlyList<RunnerStrength.Calendar.Rendering.CalendarEntry>> GivenAsync(ServiceProvider services, DateOnly from, DateOnly to)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PublishedEvents>().ReadAsync(1, from, to, default);
    }

    private static DateTimeOffset Instant(DateOnly date, TimeOnly time, TimeZoneInfo zone)
    {
        var local = date.ToDateTime(time);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    /// <summary>The hard rules (13, 15, 16, 17, 19, 20, 21, 27) against what the season really held.</summary>
    private static class GroundTruth
    {
        public static List<string> Breaches(IReadOnlyList<PlannedSession> sessions, SimulatedSeason season, TimeZoneInfo zone)
        {
            var breaches = new List<string>();
            var keys = season.Runs.Where(r => r.IsKey).Select(r => r.Activity).ToList();
            foreach (var session in sessions)
            {
                var start = Instant(session.Date, session.StartLocal, zone);
                if (keys.Any(k => k.LocalDate == session.Date.AddDays(1)) || season.Races.Any(r => r.Date == session.Date.AddDays(1)))
                {
                    breaches.Add($"rule 13: {session.Date} {session.StartLocal} is the day before a key run");
                }

                foreach (var run in keys.Where(k => k.LocalDate == session.Date && start < k.End + TimeSpan.FromHours(3)))
                {
                    breaches.Add($"rule 15: {session.Date} lift at {session.StartLocal} and a key run {run.LocalStart:HH:mm}-{run.End.ToOffset(zone.GetUtcOffset(run.LocalStart)):HH:mm} that day");
                }

                foreach (var race in season.Races)
                {
                    var days = race.Date.DayNumber - session.Date.DayNumber;
                    var wait = race.DistanceKm switch { null or <= 10.5 => 3, <= 21.2 => 5, <= 42.3 => 10, _ => 14 };
                    if ((race.Priority == RacePriority.A && days is >= 0 and <= 5)
                        || (race.Priority == RacePriority.A && days is >= 0 and <= 10 && session.Prescription.Sets.Any(s => !s.Warmup && s.PercentOneRepMax > 70))
                        || (race.Priority == RacePriority.B && days >= 0 && Instant(race.Date, new TimeOnly(9, 0), zone) - start < TimeSpan.FromHours(96))
                        || (days < 0 && -days < wait))
                    {
                        breaches.Add($"rules 19-21: {session.Date} and {race.Priority} race {race.Name} on {race.Date}");
                    }
                }

                if (session.Prescription.Sets.Any(s => !s.Warmup && s.Reps > 6 && s.PercentOneRepMax >= 55))
                {
                    breaches.Add($"rule 27: {session.Date} has a hypertrophy-range set");
                }
            }

            var ordered = sessions.OrderBy(s => Instant(s.Date, s.StartLocal, zone)).ToList();
            foreach (var (first, second) in ordered.Zip(ordered.Skip(1)))
            {
                var gap = Instant(second.Date, second.StartLocal, zone) - Instant(first.Date, first.StartLocal, zone);
                var needed = first.Prescription.Heavy && second.Prescription.Heavy ? 72 : 48;
                if (gap.TotalHours < needed - 0.01)
                {
                    breaches.Add($"rule 16: {first.Date} {first.StartLocal} and {second.Date} {second.StartLocal} are {gap.TotalHours:0} h apart");
                }
            }

            foreach (var week in sessions.GroupBy(s => s.Uid[..11]))
            {
                if (week.Count() > 3)
                {
                    breaches.Add($"rule 17: {week.Count()} sessions in the week of {week.Key}");
                }
            }

            return breaches;
        }
    }
}
