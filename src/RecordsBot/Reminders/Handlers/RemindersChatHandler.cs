using RecordsBot.Dialogs.Flows;
using RecordsBot.Privacy;

namespace RecordsBot.Reminders.Handlers;

/// <summary><c>reminders-chat</c>: check-ins into the chat again; the phone number kept for texts is erased.</summary>
public sealed class RemindersChatHandler(ReminderPreferences preferences) : IFlowHandler
{
    public string Name => "reminders-chat";

    public async Task<string?> RunAsync(FlowHandlerContext context, CancellationToken cancellationToken)
    {
        await preferences.SetSmsAsync(PersonRef.Of(context.Dialog.Context), null, cancellationToken);
        return null;
    }
}
