using Microsoft.Extensions.DependencyInjection.Extensions;
using RunnerStrength.Hosting;

namespace RunnerStrength.Plans;

internal static class PlanningServiceCollectionExtensions
{
    /// <summary>The athlete's context, the weeks of plans around today, and the one replan that publishes.</summary>
    public static IServiceCollection AddPlanning(this IServiceCollection services)
    {
        services.AddScoped<AthleteContextLoader>();
        services.AddScoped<WeekView>();
        services.AddScoped<WeeklyVolume>();
        services.AddScoped<SessionWindow>();
        services.AddScoped<Replanner>();
        services.AddScoped<SessionActions>();
        services.AddScoped<Workouts.WorkoutFiles>();
        services.AddScoped<Workouts.WatchFolder>();
        services.TryAddSingleton(typeof(Turn<>));
        // A verb replans before it returns; the service swaps in a queued replan (AddJobs).
        services.TryAddScoped<IReplanTrigger, InlineReplan>();
        return services;
    }
}
