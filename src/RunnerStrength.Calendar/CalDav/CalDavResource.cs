namespace RunnerStrength.Calendar.CalDav;

/// <summary>One calendar object on the server: where it is, its version, and (when asked for) its content.</summary>
/// <param name="Href">Absolute URL of the resource.</param>
/// <param name="ETag">The server's version tag, quotes included, as If-Match wants it; null when the server sent none.</param>
/// <param name="CalendarData">The iCalendar text, when it was read.</param>
public sealed record CalDavResource(Uri Href, string? ETag, string? CalendarData);
