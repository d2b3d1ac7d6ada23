namespace RunnerStrength.Calendar.Providers;

/// <summary>How far a provider's failure reaches, which decides what waits.</summary>
public enum CalendarFault
{
    /// <summary>This event only (the provider refused its data): the others go on.</summary>
    Event,

    /// <summary>The provider is down, unreachable or answered nonsense: everything for it waits, with backoff.</summary>
    Unavailable,

    /// <summary>The provider asks us to slow down: everything for it waits at least <see cref="CalendarProviderException.RetryAfter"/>.</summary>
    RateLimited,

    /// <summary>The athlete's authorization is gone (refused refresh token, revoked access): nothing goes until they reconnect.</summary>
    Disconnected,
}
