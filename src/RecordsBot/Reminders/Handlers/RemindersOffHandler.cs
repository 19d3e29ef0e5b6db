using RecordsBot.Dialogs.Flows;
using RecordsBot.Privacy;

namespace RecordsBot.Reminders.Handlers;

/// <summary><c>reminders-off</c>: turns check-ins off; nothing stays pending.</summary>
public sealed class RemindersOffHandler(ReminderPreferences preferences) : IFlowHandler
{
    public string Name => "reminders-off";

    public async Task<string?> RunAsync(FlowHandlerContext context, CancellationToken cancellationToken)
    {
        await preferences.SetOptedInAsync(PersonRef.Of(context.Dialog.Context), false, cancellationToken);
        return null;
    }
}
