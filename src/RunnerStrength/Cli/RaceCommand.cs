using System.CommandLine;
using System.Globalization;
using RunnerStrength.Plans;
using RunnerStrength.Storage.Athletes;
using RunnerStrength.Storage.Races;
using RunnerStrength.Training.Races;

namespace RunnerStrength.Cli;

/// <summary><c>race add|list|remove</c>: the races the plan works around, stored in the database.</summary>
internal static class RaceCommand
{
    public static Command Create()
    {
        var race = new Command("race", "Add, list or remove the races the plan works around");
        race.Subcommands.Add(CreateAdd());
        race.Subcommands.Add(CreateList());
        race.Subcommands.Add(CreateRemove());
        return race;
    }

    private static Command CreateAdd()
    {
        var date = new Argument<string>("DATE") { Description = "Race day as YYYY-MM-DD" };
        var name = new Argument<string>("NAME") { Description = "The race's name" };
        var priority = new Option<string?>("--priority") { Description = "A (goal), B (important) or C (trained through); default by distance", HelpName = "A|B|C" };
        var distance = new Option<double?>("--distance") { Description = "Distance in kilometres", HelpName = "KM" };
        var add = new Command("add", "Add a race") { date, name, priority, distance };
        add.SetAction(async (result, cancellationToken) =>
        {
            var (newRace, problems) = RaceInput.Read(result.GetValue(date), result.GetValue(name), result.GetValue(distance), result.GetValue(priority));
            if (newRace is null)
            {
                var (field, problem) = problems[0];
                return await UsageAsync($"{Argument(field)} {problem}.");
            }

            return await VerbHost.RunAsync(result.GetValue(CommonOptions.Data), async (services, ct) =>
            {
                var athleteId = await services.GetRequiredService<AthleteStore>().DefaultAthleteIdAsync(ct);
                var (stored, added) = await services.GetRequiredService<RaceStore>().AddAsync(athleteId, newRace, ct);
                await services.GetRequiredService<IReplanTrigger>().ReplanAsync(ct);
                Console.WriteLine(added ? $"Added race {Describe(stored)}" : $"Already there: race {Describe(stored)}");
                return ExitCodes.Success;
            }, cancellationToken);
        });
        return add;
    }

    private static Command CreateList()
    {
        var json = CommonOptions.Json("each race");
        var list = new Command("list", "List the races, soonest first") { json };
        list.SetAction((result, cancellationToken) => VerbHost.RunAsync(result.GetValue(CommonOptions.Data), async (services, ct) =>
        {
            var athleteId = await services.GetRequiredService<AthleteStore>().DefaultAthleteIdAsync(ct);
            var races = await services.GetRequiredService<RaceStore>().ListAsync(athleteId, ct);
            if (result.GetValue(json))
            {
                foreach (var r in races)
                {
                    Console.WriteLine(JsonLines.Serialize(new { id = r.Id, date = r.Race.Date, name = r.Race.Name, priority = r.Race.Priority, distance_km = r.Race.DistanceKm }));
                }
            }
            else if (races.Count == 0)
            {
                Console.WriteLine("No races yet. Add one: runnerstrength race add 2027-04-18 \"Paris Marathon\" --priority A --distance 42.2");
            }
            else
            {
                Console.WriteLine($"{"ID",4}  {"DATE",-10}  PRI  {"DISTANCE",8}  NAME");
                foreach (var r in races)
                {
                    Console.WriteLine($"{r.Id,4}  {r.Race.Date:yyyy-MM-dd}  {r.Race.Priority,-3}  {Distance(r.Race),8}  {r.Race.Name}");
                }
            }

            return ExitCodes.Success;
        }, cancellationToken));
        return list;
    }

    private static Command CreateRemove()
    {
        var id = new Argument<int>("ID") { Description = "The race's id, as `race list` shows it" };
        var remove = new Command("remove", "Remove a race") { id };
        remove.SetAction((result, cancellationToken) => VerbHost.RunAsync(result.GetValue(CommonOptions.Data), async (services, ct) =>
        {
            var athleteId = await services.GetRequiredService<AthleteStore>().DefaultAthleteIdAsync(ct);
            var raceId = result.GetValue(id);
            if (!await services.GetRequiredService<RaceStore>().RemoveAsync(athleteId, raceId, ct))
            {
                await Console.Error.WriteLineAsync($"No race has id {raceId}; `runnerstrength race list` shows the ids.");
                return ExitCodes.Failure;
            }

            await services.GetRequiredService<IReplanTrigger>().ReplanAsync(ct);
            Console.WriteLine($"Removed race {raceId}.");
            return ExitCodes.Success;
        }, cancellationToken));
        return remove;
    }

    private static string Argument(RaceField field) => field switch
    {
        RaceField.Date => "DATE",
        RaceField.Name => "NAME",
        RaceField.Distance => "--distance",
        _ => "--priority",
    };

    private static string Describe(StoredRace r) =>
        $"{r.Id}: {r.Race.Date:yyyy-MM-dd} {r.Race.Name} (priority {r.Race.Priority}{(r.Race.DistanceKm is null ? "" : ", " + Distance(r.Race))}).";

    private static string Distance(Race race) =>
        race.DistanceKm is { } km ? string.Create(CultureInfo.InvariantCulture, $"{km:0.###} km") : "-";

    private static async Task<int> UsageAsync(string sentence)
    {
        await Console.Error.WriteLineAsync(sentence);
        return ExitCodes.Usage;
    }
}
