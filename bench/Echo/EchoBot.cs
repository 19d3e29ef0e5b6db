using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace RecordsBot.Bench.Echo;

/// <summary>
/// The smallest bot that does what every RecordsBot turn must: read the conversation's state, change it, reply, and
/// write it back. It greets a new person and echoes each message with a count kept in ConversationState.
/// </summary>
public sealed class EchoBot(ConversationState conversationState) : ActivityHandler
{
    private readonly IStatePropertyAccessor<EchoCount> count = conversationState.CreateProperty<EchoCount>("count");

    public override async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        await base.OnTurnAsync(turnContext, cancellationToken);
        await conversationState.SaveChangesAsync(turnContext, force: false, cancellationToken);
    }

    protected override async Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        if (membersAdded.Any(m => m.Id != turnContext.Activity.Recipient.Id))
        {
            await count.SetAsync(turnContext, new EchoCount(), cancellationToken);
            await turnContext.SendActivityAsync(MessageFactory.Text("Hello, I echo."), cancellationToken);
        }
    }

    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        var current = await count.GetAsync(turnContext, () => new EchoCount(), cancellationToken);
        current.Messages++;
        await count.SetAsync(turnContext, current, cancellationToken);
        await turnContext.SendActivityAsync(MessageFactory.Text($"Echo {current.Messages}: {turnContext.Activity.Text}"), cancellationToken);
    }
}
