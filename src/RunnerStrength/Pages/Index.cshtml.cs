using Microsoft.AspNetCore.Mvc.RazorPages;
using RunnerStrength.Storage.Athletes;
using RunnerStrength.Storage.Races;
using RunnerStrength.Training.Athletes;

namespace RunnerStrength.Pages;

internal sealed class IndexModel(AthleteStore athletes, RaceStore races) : PageModel
{
    public AthleteProfile? Profile { get; private set; }

    public IReadOnlyList<StoredRace> Races { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var athleteId = await athletes.DefaultAthleteIdAsync(cancellationToken);
        Profile = await athletes.ProfileAsync(athleteId, cancellationToken);
        Races = await races.ListAsync(athleteId, cancellationToken);
    }

    public static string StageName(DeadliftStage stage) => stage switch
    {
        DeadliftStage.Kettlebell => "kettlebell deadlift",
        DeadliftStage.HexBar => "hex bar deadlift",
        _ => "barbell deadlift",
    };
}
