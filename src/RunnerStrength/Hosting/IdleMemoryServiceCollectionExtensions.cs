namespace RunnerStrength.Hosting;

internal static class IdleMemoryServiceCollectionExtensions
{
    /// <summary>Gives the managed heap back once a burst of work is over (README, Operations: memory).</summary>
    public static IServiceCollection AddIdleMemoryTrim(this IServiceCollection services) =>
        services.AddSingleton<IManagedHeap, RuntimeHeap>().AddHostedService<IdleMemoryService>();
}
