using RecordsBot.Dialogs.Flows;
using RecordsBot.Privacy;

namespace RecordsBot.Reminders.Handlers;

/// <summary><c>reminders-on</c>: turns check-ins on; those paused and still ahead come back.</summary>
public sealed class RemindersOnHandler(ReminderPreferences preferences) : IFlowHandler
{
    public string Name => "reminders-on";

    public async Task<string?> RunAsync(FlowHandlerContext context, CancellationToken cancellationToken)
    {
        await preferences.SetOptedInAsync(PersonRef.Of(context.Dialog.Context), true, cancellationToken);
        return null;
    }
}
