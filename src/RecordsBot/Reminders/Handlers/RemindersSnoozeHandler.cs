using Microsoft.Extensions.Options;
using RecordsBot.Dialogs.Flows;
using RecordsBot.Privacy;

namespace RecordsBot.Reminders.Handlers;

/// <summary><c>reminders-snooze</c>: no check-in for <c>RecordsBot:Reminders:SnoozeDays</c> days, until the check-in
/// time that day where the person is; sets <c>until</c> (that date) to say it.</summary>
public sealed class RemindersSnoozeHandler(ReminderPreferences preferences, IOptions<RemindersOptions> options) : IFlowHandler
{
    public string Name => "reminders-snooze";

    public async Task<string?> RunAsync(FlowHandlerContext context, CancellationToken cancellationToken)
    {
        var o = options.Value;
        var turn = context.Dialog.Context;
        var zone = PersonTimeZones.Of(turn, context.Dialog.Environment.DefaultTimeZone);
        var day = context.Dialog.Environment.TodayFor(turn).AddDays(o.SnoozeDays);
        var until = LocalTimes.OutsideQuietHours(LocalTimes.ToUtc(day, o.CheckInTime, zone), zone, o.QuietHoursStart, o.QuietHoursEnd);
        await preferences.SnoozeAsync(PersonRef.Of(turn), until, cancellationToken);
        context.Values["until"] = day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return null;
    }
}
