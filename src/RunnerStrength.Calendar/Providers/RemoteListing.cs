namespace RunnerStrength.Calendar.Providers;

/// <summary>What a provider lists for reconcile.</summary>
/// <param name="Events">Our events (those carrying a session UID) it holds.</param>
/// <param name="Gone">Ids of events deleted since the last listing (incremental providers).</param>
/// <param name="Complete">
/// True when <paramref name="Events"/> is every event of ours in the window, so one we wrote and it does not
/// list was deleted; false for an incremental listing, which says only what changed.
/// </param>
public sealed record RemoteListing(IReadOnlyList<RemoteEvent> Events, IReadOnlyList<string> Gone, bool Complete);
