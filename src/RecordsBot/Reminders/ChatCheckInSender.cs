using System.Net;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using RecordsBot.Bot;
using RecordsBot.Channels;
using RecordsBot.Channels.DirectLine;
using RecordsBot.Dialogs;
using RecordsBot.Hosting;
using RecordsBot.Storage;

namespace RecordsBot.Reminders;

/// <summary>
/// Writes a check-in into the conversation it belongs to: <c>ContinueConversationAsync</c> with the stored reference,
/// then, on the conversation's own dialog stack (its state loaded and saved as in any turn), the flow
/// <see cref="FlowIds.TrackCheckIn"/> begins with values <c>requestId</c> and <c>checkIn</c> on top of whatever was going
/// on. What the flow says is held back until the state is saved, so a turn of the person's own that changed the state
/// meanwhile (a storage conflict) makes the check-in start again from fresh state, never sent twice; only then is it
/// sent, and when sending fails the conversation's stack is put back as it was, so the retry begins it afresh. A local Web Chat conversation is reached at this run's own address (the port may differ after a restart).
/// </summary>
public sealed class ChatCheckInSender(
    RecordsBotAdapter adapter,
    BotStateAccessors state,
    DialogRunner dialogs,
    LocalConversationStore localConversations,
    LocalServiceUrl localServiceUrl,
    IConfiguration configuration)
{
    public const string Via = "chat";
    private const int ConflictRetries = 3;

    public async Task<DeliveryResult> SendAsync(CheckIn checkIn, CancellationToken cancellationToken)
    {
        var reference = JsonConvert.DeserializeObject<ConversationReference>(checkIn.ConversationReference)
            ?? throw new InvalidOperationException("The stored conversation reference is empty.");
        if (!await ReachLocallyAsync(reference, cancellationToken))
        {
            // A local conversation that is no longer kept (retention removed it): gone, whatever port it had.
            return new DeliveryResult(DeliveryOutcome.Gone, Via, "local-conversation-gone");
        }

        for (var attempt = 1; ; attempt++)
        {
            Exception? failure = null;
            var outcome = DeliveryOutcome.Sent;
            await adapter.ContinueConversationAsync(configuration["MicrosoftAppId"] ?? string.Empty, reference, async (turn, ct) =>
            {
                try
                {
                    outcome = await RunAsync(turn, checkIn, ct);
                }
                catch (Exception e)
                {
                    // The adapter's turn-error handler would apologise into the conversation; a check-in fails quietly.
                    failure = e;
                }
            }, cancellationToken);

            switch (failure)
            {
                case null:
                    return new DeliveryResult(outcome, Via);
                case StorageConcurrencyException when attempt < ConflictRetries:
                    continue;
                case ErrorResponseException { Response.StatusCode: HttpStatusCode.NotFound or HttpStatusCode.Forbidden } gone:
                    return new DeliveryResult(DeliveryOutcome.Gone, Via, "http-" + (int)gone.Response.StatusCode);
                case ErrorResponseException error:
                    return new DeliveryResult(DeliveryOutcome.Failed, Via, "http-" + (int?)error.Response?.StatusCode);
                default:
                    return new DeliveryResult(DeliveryOutcome.Failed, Via, PrivacySafe.TypeName(failure));
            }
        }
    }

    private async Task<DeliveryOutcome> RunAsync(ITurnContext turn, CheckIn checkIn, CancellationToken cancellationToken)
    {
        var profile = await state.ProfileAsync(turn, cancellationToken);
        if (turn.Activity.ChannelId == ChannelIds.Sms && profile.SmsOptedOut)
        {
            return DeliveryOutcome.Stopped;
        }

        var held = new List<Activity>();
        turn.OnSendActivities((_, activities, _) =>
        {
            held.AddRange(activities);
            return Task.FromResult(activities.Select(_ => new ResourceResponse(string.Empty)).ToArray());
        });

        var stack = await state.StackAsync(turn, cancellationToken);
        var before = JsonConvert.SerializeObject(stack);
        var dc = dialogs.CreateContext(turn, stack);
        await dc.RestartChangedDialogsAsync(cancellationToken);
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["requestId"] = checkIn.RequestId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["checkIn"] = checkIn.Kind,
        };
        if (stack.Frames.Any(f => f.Id == FlowIds.TrackCheckIn && f.Values.GetValueOrDefault("requestId") == values["requestId"] && f.Values.GetValueOrDefault("checkIn") == checkIn.Kind))
        {
            // An earlier attempt began this very check-in and could not take it back (it stopped between saving and
            // sending): ask its question again rather than stacking a second copy.
            await dc.RepromptDialogAsync(cancellationToken);
        }
        else if (await dc.BeginDialogAsync(FlowIds.TrackCheckIn, new DialogArgs(values), cancellationToken) is { Status: not DialogTurnStatus.Waiting } && dc.ActiveDialog is null)
        {
            // The check-in ended at once and nothing was going on: the menu is there again, as after any topic.
            await dc.BeginDialogAsync(dialogs.RootDialogId, null, cancellationToken);
        }

        await state.ConversationState.SaveChangesAsync(turn, false, cancellationToken);
        if (held.Count > 0)
        {
            // Not replies to the continuation event (which the channel never saw): new messages in the conversation.
            held.ForEach(a => a.ReplyToId = null);
            try
            {
                await adapter.SendActivitiesAsync(turn, held.ToArray(), cancellationToken);
            }
            catch (Exception) when (JsonConvert.DeserializeObject<DialogStack>(before) is { } unchanged)
            {
                // Not sent: the conversation goes back to where it was, so the retry begins the check-in afresh.
                await state.Dialog.SetAsync(turn, unchanged, CancellationToken.None);
                await state.ConversationState.SaveChangesAsync(turn, false, CancellationToken.None);
                throw;
            }
        }

        return DeliveryOutcome.Sent;
    }

    /// <summary>A conversation of this app's own Web Chat channel is reached at this run's address; false when it is
    /// one of ours that no longer exists.</summary>
    private async Task<bool> ReachLocallyAsync(ConversationReference reference, CancellationToken cancellationToken)
    {
        if (reference.ChannelId != ChannelIds.WebChat || !LocalChannelSwitch.IsEnabled(configuration)
            || !Uri.TryCreate(reference.ServiceUrl, UriKind.Absolute, out var stored) || !stored.IsLoopback
            || reference.Conversation?.Id is not { Length: > 0 } id)
        {
            return true;
        }

        if (await localConversations.FindAsync(id, cancellationToken) is null)
        {
            return false;
        }

        reference.ServiceUrl = localServiceUrl.Value;
        return true;
    }
}
