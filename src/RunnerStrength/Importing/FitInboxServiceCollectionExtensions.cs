namespace RunnerStrength.Importing;

internal static class FitInboxServiceCollectionExtensions
{
    /// <summary>FIT files into the store: the importer (also used by <c>import</c>) and the inbox folder.</summary>
    public static IServiceCollection AddFitInbox(this IServiceCollection services)
    {
        services.AddScoped<FitFileImporter>();
        services.AddScoped<FitInbox>();
        return services;
    }
}
