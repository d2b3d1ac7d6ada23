namespace RunnerStrength.CalendarPush;

/// <summary>What one delivery of the outbox did.</summary>
/// <param name="Delivered">Changes the server acknowledged.</param>
/// <param name="Failed">Changes that failed this time and wait for their next attempt.</param>
/// <param name="Waiting">Changes not yet due (backing off after earlier failures).</param>
/// <param name="AthleteChanges">Events the athlete had moved or deleted by hand, now recorded as their decisions.</param>
/// <param name="LastError">The last failure, in one sentence.</param>
internal sealed record PushReport(int Delivered, int Failed, int Waiting, int AthleteChanges, string? LastError)
{
    public static PushReport Nothing { get; } = new(0, 0, 0, 0, null);

    public PushReport Add(PushReport other) =>
        new(Delivered + other.Delivered, Failed + other.Failed, other.Waiting, AthleteChanges + other.AthleteChanges, other.LastError ?? LastError);
}
