namespace RunnerStrength.Calendar.Providers;

/// <summary>An event of ours as a provider holds it.</summary>
/// <param name="Id">The provider's id for it (a CalDAV href, a Google or Graph event id).</param>
/// <param name="ETag">The version; conditional writes send it.</param>
/// <param name="Uid">The session UID it carries.</param>
/// <param name="LocalStart">Its start in the athlete's zone, however the client that last saved it wrote it; null when the event is there but its content could not be read.</param>
/// <param name="Sequence">The revision it carries (SEQUENCE); -1 when the provider keeps none.</param>
public sealed record RemoteEvent(string Id, string? ETag, string Uid, DateTime? LocalStart, int Sequence);
