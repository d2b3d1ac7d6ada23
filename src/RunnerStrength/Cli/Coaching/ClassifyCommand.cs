using System.CommandLine;
using System.Globalization;
using RunnerStrength.Plans;
using RunnerStrength.Storage.Activities;
using RunnerStrength.Training.Classification;

namespace RunnerStrength.Cli.Coaching;

/// <summary><c>classify [--weeks N] [--json]</c>: every recent activity judged key or easy, with the reason.</summary>
internal static class ClassifyCommand
{
    public static Command Create()
    {
        var weeks = new Option<int>("--weeks") { Description = "How many weeks back (default 4)", DefaultValueFactory = _ => 4 };
        var json = CommonOptions.Json("each activity's verdict");
        var classify = new Command("classify", "Show how recent activities were classified, and why") { weeks, json };
        classify.SetAction(async (result, cancellationToken) =>
        {
            var count = result.GetValue(weeks);
            if (count is < 1 or > 5200)
            {
                await Console.Error.WriteLineAsync($"--weeks must be between 1 and 5200 (got {count}).");
                return ExitCodes.Usage;
            }

            return await VerbHost.RunAsync(result.GetValue(CommonOptions.Data), async (services, ct) =>
            {
                var athlete = await services.GetRequiredService<AthleteContextLoader>().LoadAsync(ct);
                var from = athlete.Now.AddDays(-7 * count);
                // A year before the window informs the verdicts (thresholds, usual volume).
                var activities = await services.GetRequiredService<ActivityStore>().BetweenAsync(athlete.AthleteId, from.AddDays(-365), athlete.Now.AddDays(1), ct);
                var history = new ActivityHistory(activities);
                var classifier = new Classifier();
                foreach (var activity in activities.Where(a => a.Start >= from))
                {
                    var verdict = classifier.Classify(activity, athlete.Profile, history, athlete.Races);
                    Console.WriteLine(result.GetValue(json)
                        ? JsonLines.Serialize(new
                        {
                            id = activity.Id.ToString(),
                            start = activity.Start.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
                            sport = activity.Sport.ToString().ToLowerInvariant(),
                            kind = verdict.KindName,
                            key = verdict.IsKey,
                            confidence = verdict.Confidence.ToString().ToLowerInvariant(),
                            duration_s = Math.Round(activity.Moving.TotalSeconds),
                            distance_m = activity.DistanceM is { } d ? Math.Round(d) : (double?)null,
                            reason = verdict.Reason,
                        })
                        : string.Create(CultureInfo.InvariantCulture, $"{activity.LocalStart:yyyy-MM-dd ddd HH:mm}  {activity.Sport.ToString().ToLowerInvariant(),-8} {verdict.Reason}"));
                }

                return ExitCodes.Success;
            }, cancellationToken);
        });
        return classify;
    }
}
