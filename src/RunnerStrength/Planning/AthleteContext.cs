using RunnerStrength.Storage.Athletes;
using RunnerStrength.Storage.Races;
using RunnerStrength.Training.Athletes;
using RunnerStrength.Training.Planning;
using RunnerStrength.Training.Races;

namespace RunnerStrength.Planning;

/// <summary>The athlete a verb works for: profile, time zone, races, and their local today.</summary>
internal sealed record AthleteContext(int AthleteId, AthleteProfile Profile, TimeZoneInfo Zone, IReadOnlyList<Race> Races, DateTimeOffset Now)
{
    /// <summary>Strength sessions done in the last year: loads, progression, and spacing from real sessions.</summary>
    public IReadOnlyList<Training.Strength.StrengthSession> StrengthLog { get; init; } = [];

    /// <summary>Sessions the athlete moved or deleted in their calendar.</summary>
    public IReadOnlyList<AthleteDecision> Decisions { get; init; } = [];

    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(Now, Zone).DateTime);

    public static async Task<AthleteContext> LoadAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var athletes = services.GetRequiredService<AthleteStore>();
        var athleteId = await athletes.DefaultAthleteIdAsync(cancellationToken);
        var profile = (await athletes.ProfileAsync(athleteId, cancellationToken))!;
        var races = (await services.GetRequiredService<RaceStore>().ListAsync(athleteId, cancellationToken)).Select(r => r.Race).ToList();
        var decisions = await services.GetRequiredService<Storage.Publishing.AthleteDecisions>().ListAsync(athleteId, cancellationToken);
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var log = await services.GetRequiredService<Storage.Strength.StrengthLogStore>().SinceAsync(athleteId, DateOnly.FromDateTime(now.UtcDateTime).AddDays(-400), cancellationToken);
        return new AthleteContext(athleteId, profile, TimeZoneInfo.FindSystemTimeZoneById(profile.TimeZoneId), races, now)
        {
            Decisions = decisions,
            StrengthLog = log,
        };
    }
}
