namespace RunnerStrength.Calendar.CalDav;

/// <summary>Where a session's event lives in our CalDAV calendar.</summary>
internal static class EventResource
{
    /// <summary>
    /// <c>rs-20261130-1@runnerstrength</c> becomes <c>rs-20261130-1-runnerstrength.ics</c>: names kept to
    /// [A-Za-z0-9._-], since servers percent-encode others in hrefs (calendar.md section 2).
    /// </summary>
    public static Uri For(Uri calendar, string uid) =>
        new(calendar, new string(uid.Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' ? c : '-').ToArray()) + ".ics");
}
