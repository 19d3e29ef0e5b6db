using RecordsBot.Dialogs.Flows;
using RecordsBot.Hosting;

namespace RecordsBot.Privacy;

/// <summary>The <c>delete-my-data</c> handler: runs every registered <see cref="IPersonalDataEraser"/> for this person.</summary>
public sealed partial class DeleteMyDataHandler(IEnumerable<IPersonalDataEraser> erasers, ILogger<DeleteMyDataHandler> logger) : IFlowHandler
{
    public string Name => "delete-my-data";

    public async Task<string?> RunAsync(FlowHandlerContext context, CancellationToken cancellationToken)
    {
        var scope = PersonalDataScope.Of(context.Dialog.Context);
        foreach (var eraser in erasers)
        {
            await eraser.EraseAsync(scope, cancellationToken);
            LogErased(logger, eraser.Name, scope.ChannelId, PrivacySafe.Hash(scope.ConversationId));
        }

        // What the person answered lives on in the questions below this flow: drop them, so when it ends the
        // conversation starts fresh at the menu instead of asking (and showing) any of it again.
        context.Values.Clear();
        context.Dialog.DropDialogsBelow();
        return null;
    }

    [LoggerMessage(EventId = 2000, EventName = "personal_data_erased", Level = LogLevel.Information,
        Message = "Erased {Store} for a person on {ChannelId}, conversation {ConversationHash}")]
    private static partial void LogErased(ILogger logger, string store, string channelId, string conversationHash);
}
