using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace RecordsBot.Bot;

/// <summary>A kept <see cref="UserTokenClient"/> as the adapter sees it for one turn: every call goes to the kept client,
/// and the turn's <c>Dispose</c> leaves it open (see <see cref="ReusedConnectorClients"/>).</summary>
public sealed class KeptUserTokenClient(UserTokenClient client) : UserTokenClient
{
    /// <summary>The kept client (for tests).</summary>
    internal UserTokenClient Kept => client;

    public override Task<TokenResponse> GetUserTokenAsync(string userId, string connectionName, string channelId, string magicCode, CancellationToken cancellationToken) =>
        client.GetUserTokenAsync(userId, connectionName, channelId, magicCode, cancellationToken);

    public override Task<SignInResource> GetSignInResourceAsync(string connectionName, Activity activity, string finalRedirect, CancellationToken cancellationToken) =>
        client.GetSignInResourceAsync(connectionName, activity, finalRedirect, cancellationToken);

    public override Task SignOutUserAsync(string userId, string connectionName, string channelId, CancellationToken cancellationToken) =>
        client.SignOutUserAsync(userId, connectionName, channelId, cancellationToken);

    public override Task<TokenStatus[]> GetTokenStatusAsync(string userId, string channelId, string includeFilter, CancellationToken cancellationToken) =>
        client.GetTokenStatusAsync(userId, channelId, includeFilter, cancellationToken);

    public override Task<Dictionary<string, TokenResponse>> GetAadTokensAsync(string userId, string connectionName, string[] resourceUrls, string channelId, CancellationToken cancellationToken) =>
        client.GetAadTokensAsync(userId, connectionName, resourceUrls, channelId, cancellationToken);

    public override Task<TokenResponse> ExchangeTokenAsync(string userId, string connectionName, string channelId, TokenExchangeRequest exchangeRequest, CancellationToken cancellationToken) =>
        client.ExchangeTokenAsync(userId, connectionName, channelId, exchangeRequest, cancellationToken);

    protected override void Dispose(bool disposing)
    {
        // The kept client outlives the turn.
    }
}
