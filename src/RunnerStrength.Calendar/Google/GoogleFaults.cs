using System.Net;
using Refit;
using RunnerStrength.Calendar.OAuth;
using RunnerStrength.Calendar.Providers;

namespace RunnerStrength.Calendar.Google;

/// <summary>
/// Google's answers as the engine's faults: 403 <c>rateLimitExceeded</c>/<c>userRateLimitExceeded</c> and 429
/// are rate limits; a 403 for missing scopes needs a reconnect; 5xx (after the retries) and no answer mean
/// Google is unavailable; anything else is this event's problem.
/// </summary>
public sealed class GoogleFaults(ICalendarAccountStore store)
{
    private static readonly string[] RateReasons = ["rateLimitExceeded", "userRateLimitExceeded", "quotaExceeded"];
    private static readonly string[] ScopeReasons = ["insufficientPermissions", "ACCESS_TOKEN_SCOPE_INSUFFICIENT", "forbiddenForNonOrganizer"];

    public static Task<T> GuardAsync<T>(Func<Task<T>> call, CancellationToken cancellationToken) =>
        ApiAnswers.GuardAsync("Google Calendar", call, cancellationToken);

    public async Task<CalendarProviderException> FaultAsync(IApiResponse response, string what, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (ApiAnswers.NoAnswer("Google Calendar", response, what) is { } none)
        {
            return none;
        }

        var error = ApiAnswers.ErrorBody(response, CalendarJsonContext.Default.GoogleErrorBody)?.Error;
        var code = (int?)response.StatusCode ?? 0;
        var reasons = error?.Errors?.Select(e => e.Reason).OfType<string>().ToList() ?? [];
        var said = $"Google Calendar answered {code} to {what}{(error?.Message is { Length: > 0 } m ? ": " + m : "")}";
        var retryAfter = response.Headers?.RetryAfter?.Delta;
        if (response.StatusCode == HttpStatusCode.TooManyRequests || (response.StatusCode == HttpStatusCode.Forbidden && reasons.Any(RateReasons.Contains)))
        {
            return new CalendarProviderException(said + " (rate limit: waiting before the next attempt).", CalendarFault.RateLimited, retryAfter);
        }

        if (response.StatusCode == HttpStatusCode.Forbidden && reasons.Any(ScopeReasons.Contains))
        {
            var reason = said + ". The calendar permission was not granted: connect again and allow RunnerStrength to make its own calendar.";
            await store.MarkDisconnectedAsync(CalendarProviderNames.Google, reason, cancellationToken);
            return new CalendarProviderException(reason, CalendarFault.Disconnected);
        }

        if (response.IsSuccessStatusCode)
        {
            // A 2xx whose body we could not read: a proxy's page, a truncated answer.
            return new CalendarProviderException($"Google Calendar's answer to {what} could not be read.", CalendarFault.Unavailable);
        }

        return new CalendarProviderException(said + ".", code >= 500 ? CalendarFault.Unavailable : CalendarFault.Event, retryAfter);
    }
}
