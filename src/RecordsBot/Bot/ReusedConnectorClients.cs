using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Builder.Skills;
using Microsoft.Bot.Schema;

namespace RecordsBot.Bot;

/// <summary>
/// The SDK's <see cref="BotFrameworkAuthentication"/> (from configuration), except that the Bot Connector clients it
/// makes are kept and reused, one per service URL, audience and bot identity, as the older BotFrameworkAdapter did (and
/// the user-token client, one per bot).
/// <see cref="CloudAdapter"/> asks for a new <see cref="ConnectorClient"/> at every turn and every proactive message;
/// each new one builds its own JSON serializer settings and contract resolver, so the first activity it sends pays
/// Newtonsoft's reflection over the whole Activity type again, and its constructor runs the user-agent regexes. The
/// bench's profile put that at about 5 ms for each check-in sent, and at every reply a channel does not take inline.
/// A kept client is thread-safe (its HTTP client and credentials are made for reuse); the adapter's <c>Dispose</c> at
/// the end of a turn goes to a wrapper that leaves it open. A client is replaced after <see cref="Lifetime"/>, as
/// IHttpClientFactory rotates its handlers, so a changed DNS entry for a channel's service is seen.
/// </summary>
public sealed class ReusedConnectorClients(BotFrameworkAuthentication inner, TimeProvider time) : BotFrameworkAuthentication
{
    /// <summary>How long one client is reused.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    private readonly ConcurrentDictionary<string, Kept<IConnectorClient>> clients = new(StringComparer.Ordinal);

    private readonly ConcurrentDictionary<string, Kept<UserTokenClient>> tokenClients = new(StringComparer.Ordinal);

    /// <summary>An incoming turn's clients come from the factory in its authentication result: that one is wrapped too.</summary>
    public override async Task<AuthenticateRequestResult> AuthenticateRequestAsync(Activity activity, string authHeader, CancellationToken cancellationToken) =>
        Reusing(await inner.AuthenticateRequestAsync(activity, authHeader, cancellationToken));

    public override async Task<AuthenticateRequestResult> AuthenticateStreamingRequestAsync(string authHeader, string channelIdHeader, CancellationToken cancellationToken) =>
        Reusing(await inner.AuthenticateStreamingRequestAsync(authHeader, channelIdHeader, cancellationToken));

    public override ConnectorFactory CreateConnectorFactory(ClaimsIdentity claimsIdentity) =>
        new Factory(this, inner.CreateConnectorFactory(claimsIdentity), BotIdOf(claimsIdentity));

    /// <summary>The user-token (OAuth) client, made at every turn by the adapter too: kept the same way, per bot.</summary>
    public override async Task<UserTokenClient> CreateUserTokenClientAsync(ClaimsIdentity claimsIdentity, CancellationToken cancellationToken) =>
        new KeptUserTokenClient(await Reuse(tokenClients, BotIdOf(claimsIdentity), () => inner.CreateUserTokenClientAsync(claimsIdentity, CancellationToken.None))
            .WaitAsync(cancellationToken));

    public override BotFrameworkClient CreateBotFrameworkClient() => inner.CreateBotFrameworkClient();

    public override string GetOriginatingAudience() => inner.GetOriginatingAudience();

    public override Task<ClaimsIdentity> AuthenticateChannelRequestAsync(string authHeader, CancellationToken cancellationToken) =>
        inner.AuthenticateChannelRequestAsync(authHeader, cancellationToken);

    private AuthenticateRequestResult Reusing(AuthenticateRequestResult result)
    {
        if (result.ConnectorFactory is { } factory and not Factory)
        {
            result.ConnectorFactory = new Factory(this, factory, BotIdOf(result.ClaimsIdentity));
        }

        return result;
    }

    private static string BotIdOf(ClaimsIdentity? identity) =>
        identity is null ? string.Empty : identity.Claims.FirstOrDefault(c => c.Type is AuthenticationConstants.AudienceClaim or AuthenticationConstants.AppIdClaim)?.Value ?? string.Empty;

    private Task<IConnectorClient> GetAsync(ConnectorFactory factory, string botId, string serviceUrl, string? audience) =>
        Reuse(clients, botId + "\n" + (audience ?? string.Empty) + "\n" + serviceUrl, () => factory.CreateAsync(serviceUrl, audience!, CancellationToken.None));

    /// <summary>The kept client for <paramref name="key"/>, made by <paramref name="make"/> when there is none, when making it
    /// failed, or when it is older than <see cref="Lifetime"/> (turns still holding an old one finish with it).</summary>
    private Task<T> Reuse<T>(ConcurrentDictionary<string, Kept<T>> cache, string key, Func<Task<T>> make)
    {
        var now = time.GetUtcNow();
        var kept = cache.GetOrAdd(key, _ => new Kept<T>(make(), now));
        if (kept.Client.IsFaulted || kept.Client.IsCanceled || now - kept.Made > Lifetime)
        {
            var fresh = new Kept<T>(make(), now);
            kept = cache.TryUpdate(key, fresh, kept) ? fresh : cache.GetOrAdd(key, fresh);
        }

        return kept.Client;
    }

    private sealed record Kept<T>(Task<T> Client, DateTimeOffset Made);

    private sealed class Factory(ReusedConnectorClients owner, ConnectorFactory inner, string botId) : ConnectorFactory
    {
        public override async Task<IConnectorClient> CreateAsync(string serviceUrl, string audience, CancellationToken cancellationToken) =>
            new KeptOpen(await owner.GetAsync(inner, botId, serviceUrl, audience).WaitAsync(cancellationToken));
    }

    /// <summary>The kept client as the adapter sees it for one turn: everything goes to it; disposing it does nothing.</summary>
    private sealed class KeptOpen(IConnectorClient client) : IConnectorClient
    {
        public Uri BaseUri { get => client.BaseUri; set => client.BaseUri = value; }

        public Newtonsoft.Json.JsonSerializerSettings SerializationSettings => client.SerializationSettings;

        public Newtonsoft.Json.JsonSerializerSettings DeserializationSettings => client.DeserializationSettings;

        public Microsoft.Rest.ServiceClientCredentials Credentials => client.Credentials;

        public IAttachments Attachments => client.Attachments;

        public IConversations Conversations => client.Conversations;

        public void Dispose()
        {
        }
    }
}
