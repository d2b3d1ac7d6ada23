using Refit;

namespace RunnerStrength.Calendar.Google;

/// <summary>The Calendar API v3 calls RunnerStrength makes (base address <c>Calendar:Google:ApiBaseUrl</c>), all on the calendar it created.</summary>
public interface IGoogleCalendarApi
{
    [Post("/calendars")]
    Task<IApiResponse<GoogleCalendarResource>> InsertCalendarAsync([Body] GoogleCalendarResource calendar, CancellationToken cancellationToken);

    [Get("/calendars/{calendarId}")]
    Task<IApiResponse<GoogleCalendarResource>> GetCalendarAsync(string calendarId, CancellationToken cancellationToken);

    [Post("/calendars/{calendarId}/events")]
    Task<IApiResponse<GoogleEvent>> InsertEventAsync(string calendarId, [Body] GoogleEvent body, CancellationToken cancellationToken);

    [Get("/calendars/{calendarId}/events/{eventId}")]
    Task<IApiResponse<GoogleEvent>> GetEventAsync(string calendarId, string eventId, CancellationToken cancellationToken);

    [Put("/calendars/{calendarId}/events/{eventId}")]
    Task<IApiResponse<GoogleEvent>> UpdateEventAsync(string calendarId, string eventId, [Header("If-Match")] string? ifMatch, [Body] GoogleEvent body, CancellationToken cancellationToken);

    [Delete("/calendars/{calendarId}/events/{eventId}")]
    Task<IApiResponse> DeleteEventAsync(string calendarId, string eventId, [Header("If-Match")] string? ifMatch, CancellationToken cancellationToken);

    /// <summary>A full listing (no <paramref name="syncToken"/>) or the changes since it, 250 a page.</summary>
    [Get("/calendars/{calendarId}/events")]
    Task<IApiResponse<GoogleEventList>> ListEventsAsync(
        string calendarId, string? syncToken, string? pageToken, int maxResults, CancellationToken cancellationToken);
}
