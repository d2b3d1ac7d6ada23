using Refit;

namespace RunnerStrength.Calendar.Microsoft;

/// <summary>The Microsoft Graph v1.0 calls RunnerStrength makes (base address <c>Calendar:Microsoft:ApiBaseUrl</c>), all on the calendar it created.</summary>
public interface IGraphCalendarApi
{
    [Post("/me/calendars")]
    Task<IApiResponse<GraphCalendar>> CreateCalendarAsync([Body] GraphCalendar calendar, CancellationToken cancellationToken);

    /// <summary>The athlete's calendars named as in <paramref name="filter"/> (Graph refuses a second calendar of the same name).</summary>
    [Get("/me/calendars")]
    Task<IApiResponse<GraphCalendarList>> FindCalendarsAsync([AliasAs("$filter")] string filter, CancellationToken cancellationToken);

    [Get("/me/calendars/{calendarId}")]
    Task<IApiResponse<GraphCalendar>> GetCalendarAsync(string calendarId, CancellationToken cancellationToken);

    [Post("/me/calendars/{calendarId}/events")]
    Task<IApiResponse<GraphEvent>> CreateEventAsync(string calendarId, [Body] GraphEvent body, CancellationToken cancellationToken);

    /// <summary>Our events carrying <paramref name="filter"/>'s UID (an extended property filter).</summary>
    [Get("/me/calendars/{calendarId}/events")]
    Task<IApiResponse<GraphEventList>> FindEventsAsync(string calendarId, [AliasAs("$filter")] string filter, [AliasAs("$expand")] string expand, CancellationToken cancellationToken);

    [Get("/me/events/{eventId}")]
    Task<IApiResponse<GraphEvent>> GetEventAsync(string eventId, [AliasAs("$expand")] string expand, CancellationToken cancellationToken);

    [Patch("/me/events/{eventId}")]
    Task<IApiResponse<GraphEvent>> UpdateEventAsync(string eventId, [Header("If-Match")] string ifMatch, [Body] GraphEvent body, CancellationToken cancellationToken);

    [Delete("/me/events/{eventId}")]
    Task<IApiResponse> DeleteEventAsync(string eventId, [Header("If-Match")] string? ifMatch, CancellationToken cancellationToken);

    /// <summary>The events between two instants (ISO 8601, UTC), 100 a page; <paramref name="skipToken"/> from the previous page's next link.</summary>
    [Get("/me/calendars/{calendarId}/calendarView")]
    Task<IApiResponse<GraphEventList>> CalendarViewAsync(
        string calendarId, string startDateTime, string endDateTime, [AliasAs("$expand")] string expand, [AliasAs("$top")] int top, [AliasAs("$skiptoken")] string? skipToken, CancellationToken cancellationToken);
}
