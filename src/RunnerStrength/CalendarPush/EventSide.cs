using RunnerStrength.Calendar.CalDav;

namespace RunnerStrength.CalendarPush;

/// <summary>The server side of one athlete's events: the client, our calendar, and the athlete's zone.</summary>
internal sealed record EventSide(CalDavClient Client, Uri Calendar, TimeZoneInfo Zone, string TimeZoneId);
