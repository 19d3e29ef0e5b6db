using RecordsBot.Dialogs.Flows;
using RecordsBot.Privacy;

namespace RecordsBot.Reminders.Handlers;

/// <summary><c>reminders-sms</c>: check-ins by text to the number in <c>phone</c> (as the phone prompt stores it,
/// E.164), kept encrypted. Exit <c>no-phone</c> when there is no number.</summary>
public sealed class RemindersSmsHandler(ReminderPreferences preferences) : IFlowHandler
{
    public string Name => "reminders-sms";

    public async Task<string?> RunAsync(FlowHandlerContext context, CancellationToken cancellationToken)
    {
        if (context.Values.GetValueOrDefault("phone") is not { Length: > 0 } phone)
        {
            return "no-phone";
        }

        await preferences.SetSmsAsync(PersonRef.Of(context.Dialog.Context), phone, cancellationToken);
        return null;
    }
}
