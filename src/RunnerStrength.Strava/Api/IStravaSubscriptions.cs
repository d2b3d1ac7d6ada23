using Refit;

namespace RunnerStrength.Strava.Api;

/// <summary>The application's webhook subscription (strava-api.md section 4): client id and secret as form fields, no athlete token.</summary>
public interface IStravaSubscriptions
{
    [Get("/push_subscriptions")]
    Task<List<StravaPushSubscription>> ListAsync([AliasAs("client_id")] string clientId, [AliasAs("client_secret")] string clientSecret, CancellationToken cancellationToken);

    /// <summary>Strava calls the callback's handshake before it answers: the service must already be listening.</summary>
    [Post("/push_subscriptions")]
    Task<StravaPushSubscription> CreateAsync([Body(BodySerializationMethod.UrlEncoded)] Dictionary<string, string> form, CancellationToken cancellationToken);

    [Delete("/push_subscriptions/{id}")]
    Task DeleteAsync(long id, [AliasAs("client_id")] string clientId, [AliasAs("client_secret")] string clientSecret, CancellationToken cancellationToken);
}
