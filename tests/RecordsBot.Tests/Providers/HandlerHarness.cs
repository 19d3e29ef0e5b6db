using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using RecordsBot.Dialogs;
using RecordsBot.Dialogs.Flows;
using RecordsBot.Dialogs.Rendering;
using RecordsBot.Dialogs.Texts;
using RecordsBot.Guidance;
using RecordsBot.Privacy;
using RecordsBot.Providers;

namespace RecordsBot.Tests.Providers;

/// <summary>
/// Runs providers-* handlers as a flow step would, outside a conversation: the app's real dialogs/ (texts, knowledge,
/// provider kinds), a saved list on a real SQLite file, and an adapter that keeps what a handler says.
/// </summary>
public sealed class HandlerHarness : IAsyncLifetime
{
    private static readonly string Dialogs = Path.Combine(AppContext.BaseDirectory, "dialogs");

    public ProviderStore Store { get; } = new();

    public ProviderKinds Kinds { get; } = ProviderKinds.Load(Dialogs);

    public KnowledgeBase Knowledge { get; } = KnowledgeBase.Load(Dialogs);

    public TextCatalog Texts { get; } = LoadTexts();

    public IProviderList List => Store.List;

    public Task InitializeAsync() => Store.InitializeAsync();

    public Task DisposeAsync() => Store.DisposeAsync();

    /// <summary>A turn of <paramref name="person"/> with the flow's <paramref name="values"/>, and what it sends.</summary>
    public (FlowHandlerContext Context, List<Activity> Sent) Turn(PersonRef person, Dictionary<string, string>? values = null)
    {
        var adapter = new Recorder();
        var activity = new Activity(ActivityTypes.Message)
        {
            ChannelId = person.ChannelId,
            From = new ChannelAccount(person.UserId),
            Conversation = new ConversationAccount(id: "conversation-" + person.UserId),
            Recipient = new ChannelAccount("bot"),
        };
        var environment = new DialogEnvironment(
            Texts,
            new MessageRenderer(Texts, new RenderingOptions { SmsMaxLength = 306 }),
            Store.Time,
            TimeZoneInfo.Utc,
            null,
            new Dictionary<string, IFlowHandler>(),
            new Dictionary<string, RecordsBot.Dialogs.Prompts.IPromptValidator>());
        var dc = new DialogSet().CreateContext(new TurnContext(adapter, activity), new DialogStack(), environment);
        return (new FlowHandlerContext(dc, values ?? new Dictionary<string, string>(StringComparer.Ordinal)), adapter.Sent);
    }

    private static TextCatalog LoadTexts()
    {
        var errors = new List<string>();
        var texts = TextCatalog.Load(Dialogs, errors);
        Assert.Empty(errors);
        return texts;
    }

    private sealed class Recorder : BotAdapter
    {
        public List<Activity> Sent { get; } = [];

        public override Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken)
        {
            Sent.AddRange(activities);
            return Task.FromResult(activities.Select(_ => new ResourceResponse(Guid.NewGuid().ToString("N"))).ToArray());
        }

        public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken) =>
            throw new NotSupportedException();
    }
}
