using Hangfire;
using Hangfire.InMemory;
using Hangfire.PostgreSql;
using RunnerStrength.Configuration;
using RunnerStrength.Importing;
using RunnerStrength.Storage;

namespace RunnerStrength.Web;

/// <summary>The unattended service: web UI, health, and the Hangfire job server on one generic host.</summary>
internal static class ServiceHost
{
    public static WebApplication Build(string[] hostArgs, string? dataDirectory)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = hostArgs,
            ContentRootPath = Directory.GetCurrentDirectory(),
        });
        builder.Configuration.AddRunnerStrengthSources(dataDirectory);
        builder.Host.UseSystemd();
        builder.WebHost.UseUrls(builder.Configuration[$"{WebOptions.Section}:Urls"] ?? new WebOptions().Urls);

        builder.Services.AddRunnerStrengthOptions(builder.Configuration).AddStore();
        // In-memory job storage is safe for one node: jobs are idempotent and the durable state lives in the
        // store. Scale-out on PostgreSQL shares the job storage too, so several nodes split the work.
        var storage = builder.Configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        builder.Services.AddHangfire(hangfire =>
        {
            if (storage.ParsedProviderOrDefault == StorageProvider.PostgreSql)
            {
                // Jobs such as the replan after a change on the page should start within seconds, not the default 15.
                hangfire.UsePostgreSqlStorage(postgres => postgres.UseNpgsqlConnection(storage.ConnectionString), new PostgreSqlStorageOptions { QueuePollInterval = TimeSpan.FromSeconds(2) });
            }
            else
            {
                hangfire.UseInMemoryStorage(new InMemoryStorageOptions());
            }
        });
        // A handful of workers is plenty for one athlete; each idle worker is a thread and its stack.
        builder.Services.AddHangfireServer(server => server.WorkerCount = 4);
        builder.Services.AddHostedService<FitInboxWatcher>();
        builder.Services.AddRazorPages();
        builder.Services.AddAdminLogin(builder.Configuration);
        // Pages say "4×3" and "⚠" as themselves rather than as character references.
        builder.Services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o => o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));

        var app = builder.Build();
        app.UseSecurityHeaders();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapAdminLogin();
        app.MapHealthEndpoints();
        app.MapCalendarFeed();
        app.MapStravaEndpoints();
        app.MapPlanEndpoints();
        app.MapRazorPages();
        // The dashboard's default authorization admits local requests only.
        app.MapHangfireDashboard("/hangfire");
        return app;
    }
}
