namespace RunnerStrength.CalendarPush;

/// <summary>What one delivery of the outbox did.</summary>
/// <param name="Delivered">Changes the provider acknowledged.</param>
/// <param name="Failed">Changes that failed this time and wait for their next attempt.</param>
/// <param name="Waiting">Changes not yet due (backing off after earlier failures).</param>
/// <param name="AthleteChanges">Events the athlete had moved or deleted by hand, now recorded as their decisions.</param>
/// <param name="LastError">The last failure, in one sentence.</param>
internal sealed record PushReport(int Delivered, int Failed, int Waiting, int AthleteChanges, string? LastError)
{
    public static PushReport Nothing { get; } = new(0, 0, 0, 0, null);

    /// <summary>For a round over several providers: each provider's own report, by name.</summary>
    public IReadOnlyDictionary<string, PushReport> ByProvider { get; init; } = new Dictionary<string, PushReport>();

    /// <summary>The sum over several providers.</summary>
    public static PushReport Total(IEnumerable<PushReport> reports) =>
        reports.Aggregate(Nothing, (sum, r) => new PushReport(sum.Delivered + r.Delivered, sum.Failed + r.Failed, sum.Waiting + r.Waiting, sum.AthleteChanges + r.AthleteChanges, r.LastError ?? sum.LastError));

    /// <summary>This delivery followed by a later one of the same outbox (whose waiting count is the current one).</summary>
    public PushReport Add(PushReport other) =>
        new(Delivered + other.Delivered, Failed + other.Failed, other.Waiting, AthleteChanges + other.AthleteChanges, other.LastError ?? LastError);
}
