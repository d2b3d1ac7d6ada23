namespace RunnerStrength.Plans;

/// <summary>What an action did, in a sentence for the athlete.</summary>
internal sealed record SessionActionResult(bool Ok, string Message)
{
    public static SessionActionResult NotFound(string uid) => new(false, $"There is no session {uid} ahead: it may have passed or moved since the page was shown.");
}
