namespace RunnerStrength.Configuration;

/// <summary>Section <c>RunnerStrength:Planner</c>.</summary>
internal sealed class PlannerOptions
{
    public const string Section = "RunnerStrength:Planner";

    /// <summary>When the weekly replan runs, as cron in the athlete's time zone. Default <c>0 18 * * 0</c> (Sunday 18:00).</summary>
    public string ReplanCron { get; set; } = "0 18 * * 0";
}
