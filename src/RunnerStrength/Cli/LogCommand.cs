using System.CommandLine;
using System.Globalization;
using RunnerStrength.Plans;
using RunnerStrength.Storage.Strength;
using RunnerStrength.Web.Forms;

namespace RunnerStrength.Cli;

/// <summary><c>log DATE SETS</c>, <c>log list</c>, <c>log remove ID</c>: the strength log from the command line, as the page keeps it.</summary>
internal static class LogCommand
{
    public static Command Create()
    {
        var date = new Argument<string?>("DATE") { Description = "The day lifted, YYYY-MM-DD", Arity = ArgumentArity.ZeroOrOne };
        var sets = new Argument<string?>("SETS") { Description = "Sets as the form takes them: 4x5@100 (sets x reps @ kg) or 5x100, 5x100, 3x110", Arity = ArgumentArity.ZeroOrOne };
        var exercise = new Option<string?>("--exercise") { Description = "kettlebell, hex_bar or barbell (default: your current stage)", HelpName = "E" };
        var rpe = new Option<double?>("--rpe") { Description = "How hard it felt, 1-10", HelpName = "N" };
        var missed = new Option<bool>("--missed") { Description = "Prescribed reps were missed" };
        var pain = new Option<bool>("--pain") { Description = "It hurt (the next exercise waits; rule 30)" };
        var log = new Command("log", "Log a strength session done (then list or remove entries)") { date, sets, exercise, rpe, missed, pain };
        log.SetAction(async (result, cancellationToken) =>
        {
            if (result.GetValue(date) is null || result.GetValue(sets) is null)
            {
                await Console.Error.WriteLineAsync("Give the day and the sets, e.g. runnerstrength log 2026-12-05 4x5@100 --rpe 7; or 'log list', 'log remove ID'.");
                return ExitCodes.Usage;
            }

            return await VerbHost.RunAsync(result.GetValue(CommonOptions.Data), async (services, ct) =>
            {
                var athlete = await services.GetRequiredService<AthleteContextLoader>().LoadAsync(ct);
                var (session, problem) = LogEntryInput.Read(result.GetValue(date), result.GetValue(sets), result.GetValue(exercise), result.GetValue(rpe), result.GetValue(missed), result.GetValue(pain), athlete.Today, athlete.Profile.DeadliftStage);
                if (session is null)
                {
                    await Console.Error.WriteLineAsync($"Not logged: {problem}");
                    return ExitCodes.Usage;
                }

                await services.GetRequiredService<StrengthLogStore>().AddAsync(athlete.AthleteId, session, StrengthLogSource.Manual, ct);
                await services.GetRequiredService<IReplanTrigger>().ReplanAsync(ct);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Logged {session.Sets.Count} sets of {session.Exercise.Replace('_', ' ')} on {session.Date:yyyy-MM-dd}; the plan follows."));
                return ExitCodes.Success;
            }, cancellationToken);
        });
        log.Subcommands.Add(CreateList());
        log.Subcommands.Add(CreateRemove());
        return log;
    }

    private static Command CreateList()
    {
        var json = CommonOptions.Json("each logged session");
        var list = new Command("list", "List the logged sessions, newest first") { json };
        list.SetAction((result, cancellationToken) => VerbHost.RunAsync(result.GetValue(CommonOptions.Data), async (services, ct) =>
        {
            var athlete = await services.GetRequiredService<AthleteContextLoader>().LoadAsync(ct);
            var entries = await services.GetRequiredService<StrengthLogStore>().ListAsync(athlete.AthleteId, ct);
            foreach (var entry in entries)
            {
                var s = entry.Session;
                Console.WriteLine(result.GetValue(json)
                    ? JsonLines.Serialize(new
                    {
                        id = entry.Id,
                        date = s.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                        exercise = s.Exercise,
                        sets = s.Sets.Select(x => new { reps = x.Reps, load_kg = x.LoadKg, rpe = x.Rpe }),
                        missed = s.Failed,
                        pain = s.Pain,
                        source = entry.Origin,
                    })
                    : string.Create(CultureInfo.InvariantCulture, $"{entry.Id,5}  {s.Date:yyyy-MM-dd}  {s.Exercise,-20}  {string.Join(", ", s.Sets.Select(x => $"{x.Reps}x{x.LoadKg:0.##}"))}{(s.Failed ? "  missed reps" : "")}{(s.Pain ? "  pain" : "")}  ({entry.Origin})"));
            }

            if (entries.Count == 0 && !result.GetValue(json))
            {
                Console.WriteLine("Nothing logged yet: runnerstrength log 2026-12-05 4x5@100");
            }

            return ExitCodes.Success;
        }, cancellationToken));
        return list;
    }

    private static Command CreateRemove()
    {
        var id = new Argument<int>("ID") { Description = "The entry's id, as 'log list' shows it" };
        var remove = new Command("remove", "Remove a logged session") { id };
        remove.SetAction((result, cancellationToken) => VerbHost.RunAsync(result.GetValue(CommonOptions.Data), async (services, ct) =>
        {
            var athlete = await services.GetRequiredService<AthleteContextLoader>().LoadAsync(ct);
            if (!await services.GetRequiredService<StrengthLogStore>().RemoveAsync(athlete.AthleteId, result.GetValue(id), ct))
            {
                await Console.Error.WriteLineAsync($"No logged session has id {result.GetValue(id)}; 'runnerstrength log list' shows the ids.");
                return ExitCodes.Failure;
            }

            await services.GetRequiredService<IReplanTrigger>().ReplanAsync(ct);
            Console.WriteLine($"Removed logged session {result.GetValue(id)}; the plan follows.");
            return ExitCodes.Success;
        }, cancellationToken));
        return remove;
    }
}
