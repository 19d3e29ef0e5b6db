using Microsoft.Bot.Builder;
using RecordsBot.Dialogs;
using RecordsBot.Dialogs.Recognition;
using RecordsBot.Privacy;

namespace RecordsBot.Reminders;

/// <summary>
/// What the bot's turn does about check-ins before any dialog: "stop reminders" (<c>reminders.stop.words</c>) turns
/// them off at any point and says so, then the question in progress is asked again (in answer to a check-in, the
/// check-in ends and the question before it is asked again); the SMS carrier keyword STOP turns
/// them off too, silently (the bot's own answer to STOP says it all).
/// </summary>
public sealed class ReminderCommands(ReminderPreferences preferences, DialogRunner dialogs)
{
    private readonly HashSet<string> stopWords = dialogs.Environment.Texts.GetList(RemindersTextKeys.StopWords, null).Select(TextNormalizer.Normalize).ToHashSet(StringComparer.Ordinal);

    public bool IsStop(string text) => stopWords.Contains(TextNormalizer.Normalize(text));

    /// <summary>Turns check-ins off, says so, and asks the active question again.</summary>
    public async Task StopAsync(ITurnContext turn, DialogStack stack, CancellationToken cancellationToken)
    {
        await preferences.SetOptedInAsync(PersonRef.Of(turn), false, cancellationToken);
        var channelId = turn.Activity.ChannelId;
        await turn.SendActivitiesAsync(dialogs.Environment.Renderer.Text(channelId, dialogs.Environment.Texts.Get(RemindersTextKeys.Stopped, channelId)).ToArray(), cancellationToken);

        // Said in answer to a check-in: that check-in is over too; whatever was going on before it asks again.
        var checkIn = stack.Frames.FindLastIndex(f => f.Id == Bot.FlowIds.TrackCheckIn);
        if (checkIn > 0)
        {
            stack.Frames.RemoveRange(checkIn, stack.Frames.Count - checkIn);
        }

        await dialogs.RepromptAsync(turn, stack, cancellationToken);
    }

    /// <summary>SMS STOP: every check-in of the person stops.</summary>
    public Task StopSilentlyAsync(ITurnContext turn, CancellationToken cancellationToken) =>
        preferences.SetOptedInAsync(PersonRef.Of(turn), false, cancellationToken);
}
