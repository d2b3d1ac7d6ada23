using RunnerStrength.Storage.Athletes;
using RunnerStrength.Storage.Publishing;
using RunnerStrength.Storage.Races;
using RunnerStrength.Storage.Strength;

namespace RunnerStrength.Plans;

/// <summary>Loads the athlete a page, job or verb works for: profile, races, decisions, the year's strength log, and now.</summary>
internal sealed class AthleteContextLoader(AthleteStore athletes, RaceStore races, AthleteDecisions decisions, StrengthLogStore log, TimeProvider time)
{
    public async Task<AthleteContext> LoadAsync(CancellationToken cancellationToken)
    {
        var athleteId = await athletes.DefaultAthleteIdAsync(cancellationToken);
        var profile = (await athletes.ProfileAsync(athleteId, cancellationToken))!;
        var raceList = (await races.ListAsync(athleteId, cancellationToken)).Select(r => r.Race).ToList();
        var now = time.GetUtcNow();
        return new AthleteContext(athleteId, profile, TimeZoneInfo.FindSystemTimeZoneById(profile.TimeZoneId), raceList, now)
        {
            Decisions = await decisions.ListAsync(athleteId, cancellationToken),
            StrengthLog = await log.SinceAsync(athleteId, DateOnly.FromDateTime(now.UtcDateTime).AddDays(-400), cancellationToken),
        };
    }
}
