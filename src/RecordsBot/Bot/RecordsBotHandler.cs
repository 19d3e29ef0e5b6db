using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using RecordsBot.Channels;
using RecordsBot.Dialogs;
using RecordsBot.Hosting;

namespace RecordsBot.Bot;

/// <summary>
/// The bot's turn. Welcome once per conversation (on conversationUpdate, or on the first message, since Teams may
/// send a message before any conversationUpdate); SMS opt-out; global commands (help, cancel / start over, menu,
/// delete my data, "stop reminders") before any dialog; then the person's dialog stack.
/// </summary>
public sealed class RecordsBotHandler(
    BotStateAccessors state,
    BotTexts texts,
    GlobalCommands commands,
    DialogRunner dialogs,
    Reminders.ReminderCommands reminders,
    IOptions<RecordsBotOptions> options) : ActivityHandler
{
    public override async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        await base.OnTurnAsync(turnContext, cancellationToken);
        await state.ConversationState.SaveChangesAsync(turnContext, false, cancellationToken);
    }

    protected override async Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        var botId = turnContext.Activity.Recipient?.Id;
        if (membersAdded.Any(m => m.Id != botId))
        {
            var profile = await state.ProfileAsync(turnContext, cancellationToken);
            if (await WelcomeOnceAsync(turnContext, profile, cancellationToken))
            {
                await dialogs.RepromptAsync(turnContext, await state.StackAsync(turnContext, cancellationToken), cancellationToken);
            }
        }
    }

    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        var channelId = turnContext.Activity.ChannelId;
        var text = turnContext.Activity.Text?.Trim() ?? string.Empty;
        var profile = await state.ProfileAsync(turnContext, cancellationToken);
        var command = commands.Recognize(text, channelId, profile.SmsOptedOut);

        if (channelId == ChannelIds.Sms)
        {
            switch (command)
            {
                case GlobalCommand.SmsStop:
                    profile.SmsOptedOut = true;
                    await reminders.StopSilentlyAsync(turnContext, cancellationToken);
                    await SayAsync(turnContext, TextKeys.SmsStopped, cancellationToken);
                    return;
                case GlobalCommand.SmsStart:
                    profile.SmsOptedOut = false;
                    if (!await WelcomeOnceAsync(turnContext, profile, cancellationToken))
                    {
                        await SayAsync(turnContext, TextKeys.SmsStarted, cancellationToken);
                    }

                    await dialogs.RepromptAsync(turnContext, await state.StackAsync(turnContext, cancellationToken), cancellationToken);
                    return;
                case GlobalCommand.Help when profile.SmsOptedOut:
                    await SayAsync(turnContext, TextKeys.SmsHelpOptedOut, cancellationToken);
                    return;
                case var _ when profile.SmsOptedOut:
                    // Opted out: carriers allow no message but the answers to START and HELP.
                    return;
            }
        }

        var welcomed = await WelcomeOnceAsync(turnContext, profile, cancellationToken);
        var stack = await state.StackAsync(turnContext, cancellationToken);
        if (text.Length == 0)
        {
            if (!welcomed)
            {
                await SayAsync(turnContext, TextKeys.InputEmpty, cancellationToken);
            }

            await dialogs.RepromptAsync(turnContext, stack, cancellationToken);
            return;
        }

        var max = options.Value.MaxMessageLength;
        if (text.Length > max)
        {
            await SendAsync(turnContext, texts.Get(TextKeys.InputTooLong, channelId, ("max", max)), cancellationToken);
            if (welcomed)
            {
                await dialogs.RepromptAsync(turnContext, stack, cancellationToken);
            }

            return;
        }

        switch (command)
        {
            case GlobalCommand.Help:
                await dialogs.HelpAsync(turnContext, stack, TextKeys.HelpGeneral, TextKeys.HelpNoStep, cancellationToken);
                break;
            case GlobalCommand.Cancel:
                if (dialogs.InTopic(stack))
                {
                    await SayAsync(turnContext, TextKeys.Cancelled, cancellationToken);
                }

                await dialogs.RestartAsync(turnContext, stack, cancellationToken);
                break;
            case GlobalCommand.Menu:
                await dialogs.RestartAsync(turnContext, stack, cancellationToken);
                break;
            case GlobalCommand.DeleteMyData:
                await dialogs.InterruptAsync(turnContext, stack, FlowIds.DeleteMyData, cancellationToken);
                break;
            case GlobalCommand.None when reminders.IsStop(text):
                await reminders.StopAsync(turnContext, stack, cancellationToken);
                break;
            default:
                await dialogs.ContinueAsync(turnContext, stack, text, cancellationToken);
                break;
        }
    }

    /// <summary>Welcomes the person unless this conversation already was; true when it welcomed now.</summary>
    private async Task<bool> WelcomeOnceAsync(ITurnContext turnContext, ConversationProfile profile, CancellationToken cancellationToken)
    {
        if (profile.Welcomed)
        {
            return false;
        }

        profile.Welcomed = true;
        var channelId = turnContext.Activity.ChannelId;
        await SendAsync(turnContext, texts.Get(TextKeys.WelcomeGreeting, channelId) + "\n\n" + texts.Get(TextKeys.WelcomeDisclaimer, channelId), cancellationToken);
        return true;
    }

    private Task SayAsync(ITurnContext turnContext, string key, CancellationToken cancellationToken) =>
        SendAsync(turnContext, texts.Get(key, turnContext.Activity.ChannelId), cancellationToken);

    private Task SendAsync(ITurnContext turnContext, string text, CancellationToken cancellationToken) =>
        turnContext.SendActivitiesAsync(dialogs.Environment.Renderer.Text(turnContext.Activity.ChannelId, text).ToArray(), cancellationToken);
}
