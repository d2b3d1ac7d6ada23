using System.Net;
using Refit;
using RunnerStrength.Calendar.OAuth;
using RunnerStrength.Calendar.Providers;

namespace RunnerStrength.Calendar.Microsoft;

/// <summary>
/// Graph's answers as the engine's faults: 429 (and 503 with Retry-After) are throttling, honoured as asked;
/// 403 means the permission is missing (reconnect); 5xx after the retries and no answer mean unavailable;
/// anything else is this event's problem.
/// </summary>
public sealed class GraphFaults(ICalendarAccountStore store, TimeProvider time)
{
    public static Task<T> GuardAsync<T>(Func<Task<T>> call, CancellationToken cancellationToken) =>
        ApiAnswers.GuardAsync("Outlook (Microsoft Graph)", call, cancellationToken);

    public async Task<CalendarProviderException> FaultAsync(IApiResponse response, string what, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (ApiAnswers.NoAnswer("Outlook (Microsoft Graph)", response, what) is { } none)
        {
            return none;
        }

        var error = ApiAnswers.ErrorBody(response, CalendarJsonContext.Default.GraphErrorBody)?.Error;
        var code = (int?)response.StatusCode ?? 0;
        var said = $"Outlook (Microsoft Graph) answered {code}{(error?.Code is { } graphCode ? " " + graphCode : "")} to {what}{(error?.Message is { Length: > 0 } m ? ": " + m : "")}";
        var retryAfter = response.Headers?.RetryAfter?.Delta
            ?? (response.Headers?.RetryAfter?.Date is { } date ? date - time.GetUtcNow() : null);
        if (response.StatusCode == HttpStatusCode.TooManyRequests || (response.StatusCode == HttpStatusCode.ServiceUnavailable && retryAfter is not null))
        {
            return new CalendarProviderException(said + " (throttled: waiting as long as it asked).", CalendarFault.RateLimited, retryAfter);
        }

        if (response.StatusCode == HttpStatusCode.Forbidden)
        {
            var reason = said + ". The calendar permission is missing: connect again and accept 'Have full access to your calendars'.";
            await store.MarkDisconnectedAsync(CalendarProviderNames.Microsoft, reason, cancellationToken);
            return new CalendarProviderException(reason, CalendarFault.Disconnected);
        }

        if (response.IsSuccessStatusCode)
        {
            return new CalendarProviderException($"Outlook's answer to {what} could not be read.", CalendarFault.Unavailable);
        }

        return new CalendarProviderException(said + ".", code >= 500 ? CalendarFault.Unavailable : CalendarFault.Event, retryAfter);
    }
}
