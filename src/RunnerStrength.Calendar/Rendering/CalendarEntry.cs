using RunnerStrength.Training.Planning;

namespace RunnerStrength.Calendar.Rendering;

/// <summary>A planned session as a calendar event: its revision number and whether it was dropped.</summary>
/// <param name="Session">The session, whose <see cref="PlannedSession.Uid"/> is the event's UID forever.</param>
/// <param name="Sequence">Raised on every change, so calendars take the newer copy (RFC 5545 SEQUENCE).</param>
/// <param name="Cancelled">A dropped session that a feed still shows as cancelled.</param>
public sealed record CalendarEntry(PlannedSession Session, int Sequence = 0, bool Cancelled = false);
