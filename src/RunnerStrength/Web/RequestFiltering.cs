using System.Net;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;
using RunnerStrength.Configuration;

namespace RunnerStrength.Web;

/// <summary>
/// Which requests reach the service at all: only those naming one of its hosts (a page elsewhere cannot
/// reach it through a DNS name it controls), and forwarded headers only from the proxies configured.
/// </summary>
internal static class RequestFiltering
{
    public static IServiceCollection AddRequestFiltering(this IServiceCollection services)
    {
        services.AddOptions<HostFilteringOptions>().Configure<IOptions<WebOptions>>((filtering, web) =>
        {
            filtering.AllowedHosts = [.. web.Value.AnsweredHosts()];
            filtering.AllowEmptyHosts = false;
        });
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<WebOptions>>((forwarded, web) =>
        {
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // The defaults trust loopback; only what the athlete names is trusted.
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            foreach (var proxy in WebOptions.Split(web.Value.KnownProxies))
            {
                forwarded.KnownProxies.Add(IPAddress.Parse(proxy));
            }
        });
        return services;
    }

    public static IApplicationBuilder UseRequestFiltering(this IApplicationBuilder app)
    {
        if (WebOptions.Split(app.ApplicationServices.GetRequiredService<IOptions<WebOptions>>().Value.KnownProxies).Any())
        {
            app.UseForwardedHeaders();
        }

        return app.UseHostFiltering();
    }
}
