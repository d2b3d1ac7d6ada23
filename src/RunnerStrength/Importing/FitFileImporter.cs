using System.Security.Cryptography;
using RunnerStrength.Fit.Activities;
using RunnerStrength.Plans;
using RunnerStrength.Storage.Activities;
using RunnerStrength.Training.Activities;
using RunnerStrength.Training.Athletes;
using RunnerStrength.Training.Strength;

namespace RunnerStrength.Importing;

/// <summary>One FIT file into the store: decode, turn into activities, store each once. Shared by <c>import</c> and the inbox job.</summary>
internal sealed class FitFileImporter(ActivityStore activities, Storage.Strength.StrengthLogStore strengthLog)
{
    public async Task<FitImportOutcome> ImportAsync(byte[] file, AthleteContext athlete, CancellationToken cancellationToken)
    {
        // The content hash is the FIT activity id: the same file dropped twice is one activity.
        var hash = Convert.ToHexStringLower(SHA256.HashData(file))[..16];
        var (found, decoded) = FitActivityReader.Read(file, hash, athlete.Zone);
        if (found.Count == 0)
        {
            return new FitImportOutcome([], decoded.Errors.Count > 0 ? decoded.Errors[0].ToString() : "it holds no activity session");
        }

        var stored = new List<(Activity, bool)>();
        foreach (var activity in found)
        {
            var (storedId, added) = await activities.AddAsync(athlete.AthleteId, activity, cancellationToken);
            stored.Add((activity, added));
            if (activity.Sport == Sport.Strength && activity.StrengthSets.Count > 0)
            {
                // A Garmin strength activity's deadlift sets are the log entry for that day, keyed by the stored
                // activity: the same workout in two differently encoded files is one activity, so one entry.
                var exercise = DeadliftStages.Exercise(athlete.Profile.DeadliftStage);
                await strengthLog.AddAsync(athlete.AthleteId, new StrengthSession(activity.LocalDate, exercise, activity.StrengthSets), Storage.Strength.StrengthLogSource.Of(storedId), cancellationToken);
            }
        }

        var damage = decoded.DecodeOk && decoded.IntegrityOk ? null : $"damaged ({decoded.Errors[0]}); what was read before the damage is imported";
        return new FitImportOutcome(stored, damage);
    }
}
