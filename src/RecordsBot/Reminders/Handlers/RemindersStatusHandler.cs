using Microsoft.Extensions.Options;
using RecordsBot.Channels;
using RecordsBot.Dialogs.Flows;
using RecordsBot.Privacy;

namespace RecordsBot.Reminders.Handlers;

/// <summary><c>reminders-status</c>: the person's check-in settings as values: <c>remindersOn</c> (yes/no; not asked
/// yet counts as yes), <c>channel</c> (chat/sms), <c>smsOffered</c> (yes when SMS check-ins are set up and they chat on
/// Web Chat), <c>snoozedUntil</c> (a date, when a snooze is running).</summary>
public sealed class RemindersStatusHandler(ReminderPreferences preferences, IOptions<RemindersOptions> options, TimeProvider time) : IFlowHandler
{
    public string Name => "reminders-status";

    public async Task<string?> RunAsync(FlowHandlerContext context, CancellationToken cancellationToken)
    {
        var turn = context.Dialog.Context;
        var preference = await preferences.FindAsync(PersonRef.Of(turn), cancellationToken);
        var values = context.Values;
        values["remindersOn"] = preference?.OptedIn == false ? "no" : "yes";
        values["channel"] = preference?.UseSms == true ? "sms" : "chat";
        values["smsOffered"] = options.Value.SmsEnabled && turn.Activity.ChannelId == ChannelIds.WebChat ? "yes" : "no";
        if (preference?.SnoozedUntilUtc is { } until && until > time.GetUtcNow().UtcDateTime)
        {
            var zone = PersonTimeZones.Of(turn, context.Dialog.Environment.DefaultTimeZone);
            values["snoozedUntil"] = DateOnly.FromDateTime(LocalTimes.ToLocal(until, zone)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        }
        else
        {
            values.Remove("snoozedUntil");
        }

        return null;
    }
}
