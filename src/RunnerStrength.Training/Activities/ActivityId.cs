namespace RunnerStrength.Training.Activities;

/// <summary>An activity's identity: its source and the source's own id (a Strava id, or a FIT file's hash).</summary>
public readonly record struct ActivityId(ActivitySource Source, string Value)
{
    /// <summary><c>strava:123456</c> or <c>fit:HASH</c>, as the command line prints it.</summary>
    public override string ToString() => $"{(Source == ActivitySource.Strava ? "strava" : "fit")}:{Value}";
}
