using Hangfire;
using RunnerStrength.CalendarPush;
using RunnerStrength.Configuration;
using RunnerStrength.GarminConnection;
using RunnerStrength.Hosting;
using RunnerStrength.Importing;
using RunnerStrength.Jobs;
using RunnerStrength.Plans;
using RunnerStrength.Storage;
using RunnerStrength.StravaConnection;

namespace RunnerStrength.Web;

/// <summary>The unattended service: web UI, health, and the Hangfire job server on one generic host.</summary>
internal static class ServiceHost
{
    public static WebApplication Build(string[] hostArgs, string? dataDirectory, ServiceRestart? restart = null)
    {
        // The slim builder leaves out what a home service never uses (IIS integration, HTTP/3, the Debug and
        // EventSource log providers, hosting start-up assemblies): 2 MB less resident and a faster start.
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = hostArgs,
            ContentRootPath = Directory.GetCurrentDirectory(),
        });
        builder.Configuration.AddRunnerStrengthSources(dataDirectory);
        builder.Host.UseSystemd();
        // Web:Urls may name https:// addresses, with certificates from Kestrel's usual settings.
        builder.WebHost.UseKestrelHttpsConfiguration();
        builder.WebHost.UseUrls(builder.Configuration[$"{WebOptions.Section}:Urls"] ?? new WebOptions().Urls);

        var storage = builder.Configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        builder.Services.AddRunnerStrengthOptions(builder.Configuration)
            .AddStore()
            .AddPlanning()
            .AddFitInbox()
            .AddStravaAccount(builder.Configuration)
            .AddGarminAccount(builder.Configuration)
            .AddCalendarPush(builder.Configuration)
            .AddJobs(storage)
            .AddIdleMemoryTrim();
        builder.Services.AddSingleton(restart ?? new ServiceRestart());
        builder.Services.AddScoped<Web.SetUp.PageSetUp>();
        builder.Services.AddRazorPages();
        builder.Services.AddAdminLogin(builder.Configuration);
        builder.Services.AddRequestFiltering();
        // Pages say "4×3" and "⚠" as themselves rather than as character references.
        builder.Services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o => o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));

        var app = builder.Build();
        app.UseRequestFiltering();
        app.UseSecurityHeaders();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.MapAdminLogin();
        app.MapHealthEndpoints();
        app.MapCalendarFeed();
        app.MapStravaEndpoints();
        app.MapCalendarConnectEndpoints();
        app.MapPlanEndpoints();
        app.MapWorkoutEndpoints();
        app.MapRazorPages();
        // The dashboard's default authorization admits local requests only.
        app.MapHangfireDashboard("/hangfire");
        return app;
    }
}
