namespace RunnerStrength.Garmin.Auth;

/// <summary>Where the key from <c>garmin connect</c>, the current token and the key's state live (encrypted, in the executable's store).</summary>
public interface IGarminKeyStore
{
    /// <summary>The key given with <c>garmin connect</c>, or null.</summary>
    Task<string?> StoredKeyAsync(CancellationToken cancellationToken);

    Task<GarminToken?> LoadTokenAsync(CancellationToken cancellationToken);

    /// <summary>Keeps a fresh token; also clears an earlier refusal (the key works again).</summary>
    Task SaveTokenAsync(GarminToken token, CancellationToken cancellationToken);

    /// <summary>Garmin refused the key: "disconnected: new key needed"; syncing from Garmin stops until a new key is given.</summary>
    Task MarkKeyRefusedAsync(string reason, CancellationToken cancellationToken);
}
