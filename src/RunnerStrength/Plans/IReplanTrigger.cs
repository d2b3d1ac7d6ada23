namespace RunnerStrength.Plans;

/// <summary>What every change to the athlete's data calls: the plan and the calendars follow it.</summary>
internal interface IReplanTrigger
{
    Task ReplanAsync(CancellationToken cancellationToken);
}
