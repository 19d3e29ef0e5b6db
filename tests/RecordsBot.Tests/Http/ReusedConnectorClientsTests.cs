using System.Security.Claims;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using RecordsBot.Bot;

namespace RecordsBot.Tests.Http;

/// <summary>
/// The Bot Connector clients the adapter asks for at each turn (from an incoming request's authentication, and for
/// proactive messages) are one kept client per service URL and bot, left open when a turn disposes its copy, and
/// replaced once they are older than <see cref="ReusedConnectorClients.Lifetime"/>.
/// </summary>
public sealed class ReusedConnectorClientsTests
{
    private const string ServiceUrl = "http://127.0.0.1:9/";

    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));
    private readonly ReusedConnectorClients authentication;

    public ReusedConnectorClientsTests()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>()).Build();
        authentication = new ReusedConnectorClients(new ConfigurationBotFrameworkAuthentication(configuration, logger: NullLogger.Instance), time);
    }

    [Fact]
    public async Task Turns_share_one_client_per_service_and_a_turn_disposing_its_copy_leaves_it_open()
    {
        var first = await IncomingAsync(ServiceUrl);
        var conversations = first.Conversations;
        first.Dispose();
        var second = await IncomingAsync(ServiceUrl);
        var audience = (await authentication.AuthenticateRequestAsync(Message(ServiceUrl), string.Empty, CancellationToken.None)).Audience;
        var proactive = await authentication.CreateConnectorFactory(new ClaimsIdentity()).CreateAsync(ServiceUrl, audience, CancellationToken.None);

        Assert.Same(conversations, second.Conversations);
        Assert.Same(conversations, proactive.Conversations);
        Assert.Equal(new Uri(ServiceUrl), second.BaseUri);
        Assert.NotSame(conversations, (await IncomingAsync("http://127.0.0.1:10/")).Conversations);
    }

    [Fact]
    public async Task A_client_is_replaced_after_its_lifetime()
    {
        var first = await IncomingAsync(ServiceUrl);
        time.Advance(ReusedConnectorClients.Lifetime - TimeSpan.FromSeconds(1));
        Assert.Same(first.Conversations, (await IncomingAsync(ServiceUrl)).Conversations);

        time.Advance(TimeSpan.FromSeconds(2));
        var replaced = await IncomingAsync(ServiceUrl);
        Assert.NotSame(first.Conversations, replaced.Conversations);
        Assert.Same(replaced.Conversations, (await IncomingAsync(ServiceUrl)).Conversations);
    }

    [Fact]
    public async Task The_user_token_client_is_kept_per_bot_too()
    {
        var identity = (await authentication.AuthenticateRequestAsync(Message(ServiceUrl), string.Empty, CancellationToken.None)).ClaimsIdentity;
        var first = (KeptUserTokenClient)await authentication.CreateUserTokenClientAsync(identity, CancellationToken.None);
        first.Dispose();
        var second = (KeptUserTokenClient)await authentication.CreateUserTokenClientAsync(identity, CancellationToken.None);
        Assert.Same(first.Kept, second.Kept);

        time.Advance(ReusedConnectorClients.Lifetime + TimeSpan.FromSeconds(1));
        Assert.NotSame(first.Kept, ((KeptUserTokenClient)await authentication.CreateUserTokenClientAsync(identity, CancellationToken.None)).Kept);
    }

    private static Activity Message(string serviceUrl) => new(ActivityTypes.Message) { ServiceUrl = serviceUrl, ChannelId = "webchat", Text = "hi" };

    private async Task<Microsoft.Bot.Connector.IConnectorClient> IncomingAsync(string serviceUrl)
    {
        var result = await authentication.AuthenticateRequestAsync(Message(serviceUrl), string.Empty, CancellationToken.None);
        return await result.ConnectorFactory.CreateAsync(serviceUrl, result.Audience, CancellationToken.None);
    }
}
