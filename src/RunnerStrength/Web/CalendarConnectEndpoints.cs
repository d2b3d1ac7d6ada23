using Hangfire;
using Microsoft.Extensions.Options;
using RunnerStrength.Calendar.Providers;
using RunnerStrength.CalendarAccounts;
using RunnerStrength.CalendarPush;
using RunnerStrength.Configuration;

namespace RunnerStrength.Web;

/// <summary>Connecting Google Calendar and Outlook in the browser (ARCHITECTURE.md, HTTP): redirect out, and the callback.</summary>
internal static class CalendarConnectEndpoints
{
    public static IEndpointRouteBuilder MapCalendarConnectEndpoints(this IEndpointRouteBuilder endpoints)
    {
        foreach (var provider in CalendarProviderNames.Connectable)
        {
            Map(endpoints, provider);
        }

        return endpoints;
    }

    private static void Map(IEndpointRouteBuilder endpoints, string provider)
    {
        endpoints.MapGet($"/connect/{provider}", async (CalendarConnector connector, IOptions<WebOptions> web, CancellationToken ct) =>
        {
            try
            {
                return Results.Redirect((await connector.BeginAsync(provider, CalendarConnector.Callback(new Uri(web.Value.PublicBaseUrl), provider), ct)).AbsoluteUri);
            }
            catch (CalendarConnectException e)
            {
                return Results.Text(e.Message, statusCode: StatusCodes.Status400BadRequest);
            }
        });

        endpoints.MapGet($"/connect/{provider}/callback", async (HttpRequest request, CalendarConnector connector, IOptions<WebOptions> web, IBackgroundJobClient jobs, CancellationToken ct) =>
        {
            try
            {
                await connector.CompleteAsync(provider, new Uri(CalendarConnector.Callback(new Uri(web.Value.PublicBaseUrl), provider) + request.QueryString.Value), ct);
                // Connected: the coming sessions go there now (reconcile queues what the calendar does not have).
                jobs.Enqueue<CalendarPushJob>(job => job.RunAsync(true, CancellationToken.None));
                return Results.Redirect($"/Settings?calendar={provider}-connected");
            }
            catch (CalendarConnectException e)
            {
                return Results.Text(e.Message, statusCode: StatusCodes.Status400BadRequest);
            }
        });
    }
}
