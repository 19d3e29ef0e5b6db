using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using RecordsBot.Dialogs.Texts;

namespace RecordsBot.Dialogs.Rendering;

/// <summary>
/// One message, shaped for the channel it goes to: on <c>sms</c> plain text (markdown removed), choices as numbered
/// lines ("Reply 1 for …"), long texts split into short messages; on <c>msteams</c> choices as card buttons; on Web
/// Chat and any other channel choices as suggested actions.
/// </summary>
public sealed class MessageRenderer(TextCatalog texts, RenderingOptions options)
{
    public const string Sms = "sms";
    public const string Teams = "msteams";

    public IReadOnlyList<IActivity> Text(string? channelId, string text) =>
        channelId == Sms
            ? PlainText.Split(PlainText.FromMarkdown(text), options.SmsMaxLength).Select(t => (IActivity)MessageFactory.Text(t)).ToList()
            : [MessageFactory.Text(text)];

    public IReadOnlyList<IActivity> Choices(string? channelId, string text, IReadOnlyList<string> labels)
    {
        switch (channelId)
        {
            case Sms:
                // The numbered lines stay together: with the end of the text when they fit, else in a message of their own.
                var lines = string.Join("\n", labels.Select((label, i) => texts.Get(EngineTextKeys.ChoiceSmsLine, channelId, new Dictionary<string, string>
                {
                    ["number"] = (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
                    ["label"] = PlainText.FromMarkdown(label),
                })));
                var messages = PlainText.Split(PlainText.FromMarkdown(text), options.SmsMaxLength).ToList();
                var choices = PlainText.Split(lines, options.SmsMaxLength);
                if (messages.Count > 0 && choices.Count == 1 && messages[^1].Length + 1 + choices[0].Length <= options.SmsMaxLength)
                {
                    messages[^1] += "\n" + choices[0];
                }
                else
                {
                    messages.AddRange(choices);
                }

                return messages.Select(t => (IActivity)MessageFactory.Text(t)).ToList();
            case Teams:
                var card = new HeroCard
                {
                    // Teams shows no markdown in card text: the text goes plain.
                    Text = PlainText.FromMarkdown(text),
                    Buttons = labels.Select(l => new CardAction(ActionTypes.ImBack, l, value: l)).ToList(),
                };
                return [MessageFactory.Attachment(card.ToAttachment())];
            default:
                return [MessageFactory.SuggestedActions(labels, text, null, null)];
        }
    }
}
