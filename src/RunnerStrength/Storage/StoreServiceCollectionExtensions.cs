using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using RunnerStrength.Configuration;
using RunnerStrength.Storage.Activities;
using RunnerStrength.Storage.Athletes;
using RunnerStrength.Storage.Feed;
using RunnerStrength.Storage.Races;

namespace RunnerStrength.Storage;

internal static class StoreServiceCollectionExtensions
{
    /// <summary>The store on the configured provider, the seeder, and Data Protection with its key ring in the data folder.</summary>
    public static IServiceCollection AddStore(this IServiceCollection services)
    {
        services.AddSingleton<StoreContextFactory>();
        services.AddScoped(sp => sp.GetRequiredService<StoreContextFactory>().Create());
        services.AddScoped<AthleteSeeder>();
        services.AddScoped<StoreInitializer>();
        services.AddScoped<AthleteStore>();
        services.AddScoped<RaceStore>();
        services.AddScoped<ActivityStore>();
        services.AddScoped<FeedStore>();
        services.AddScoped<Publishing.PublishedEvents>();
        services.AddScoped<Planning.SessionWindow>();
        services.AddScoped<Planning.WeekView>();
        services.AddScoped<Planning.WeeklyVolume>();
        services.AddScoped<Planning.ReplanJob>();
        services.AddScoped<Importing.FitFileImporter>();
        services.AddScoped<Importing.FitInbox>();
        services.AddScoped<Importing.FitInboxJob>();
        services.AddSingleton<SecretProtector>();
        services.AddScoped<Publishing.AthleteDecisions>();
        services.AddScoped<Publishing.PlanHistory>();
        services.AddScoped<Strength.StrengthLogStore>();
        services.AddSingleton<CalendarPush.CalDavConnection>();
        services.AddScoped<CalendarPush.CalendarPusher>();
        services.AddScoped<CalendarPush.CalendarReconciler>();
        services.AddScoped<CalendarPush.CalendarSync>();
        services.AddScoped<CalendarPush.CalendarPushJob>();
        services.AddScoped<CalendarPush.CalendarPushStatus>();
        global::RunnerStrength.Strava.StravaServiceCollectionExtensions.AddStrava(services);
        // The CalDAV client follows redirects itself (keeping PROPFIND and its body); a slow server is a failed attempt.
        services.AddHttpClient(CalendarPush.CalDavConnection.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(30))
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false });

        services.AddDataProtection().SetApplicationName("RunnerStrength");
        services.AddOptions<KeyManagementOptions>().Configure<DataPaths, ILoggerFactory>((keys, paths, loggers) =>
            keys.XmlRepository = new FileSystemXmlRepository(new DirectoryInfo(paths.KeysDirectory), loggers));
        return services;
    }
}
