using System.Net;
using System.Text.Json;
using Polly.Timeout;
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
    public static async Task<T> GuardAsync<T>(Func<Task<T>> call, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(call);
        try
        {
            return await call();
        }
        catch (Exception e) when (e is HttpRequestException or TimeoutRejectedException or JsonException
                                  || (e is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw new CalendarProviderException($"Outlook (Microsoft Graph) did not answer ({e.GetType().Name}: {e.Message}).", CalendarFault.Unavailable, innerException: e);
        }
    }

    public async Task<CalendarProviderException> FaultAsync(IApiResponse response, string what, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (response.StatusCode is null)
        {
            // No answer at all (refused, cut, timed out): Refit hands the exception over instead of throwing it.
            var cause = response.Error?.InnerException?.Message ?? response.Error?.Message ?? "no answer";
            return new CalendarProviderException($"Outlook (Microsoft Graph) did not answer ({what}: {cause}).", CalendarFault.Unavailable, innerException: response.Error);
        }

        var error = Read((response.Error as ApiException)?.Content);
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

    private static GraphError? Read(string? content)
    {
        if (string.IsNullOrEmpty(content))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(content, CalendarJsonContext.Default.GraphErrorBody)?.Error;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
