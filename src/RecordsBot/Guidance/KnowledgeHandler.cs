using RecordsBot.Bot;
using RecordsBot.Dialogs.Flows;
using RecordsBot.Dialogs.Rendering;

namespace RecordsBot.Guidance;

/// <summary>
/// The <c>knowledge</c> handler: says every passage tagged with the flow's value <c>subject</c> (a topic tag such as
/// <c>rights.amend</c>), those mainly about it (their first tag) first, else in the order of the knowledge file, each
/// with its source; passages about one state's law only when the flow's <c>state</c> is that state. Takes exit
/// <c>none</c> when no
/// passage has the tag (the start-up check makes that a mistake for any tag a flow offers). On SMS, where every message
/// costs and long answers arrive as many texts, only the passages mainly about the topic are said, with a line inviting
/// a question for the rest.
/// </summary>
public sealed class KnowledgeHandler(KnowledgeBase knowledge) : IFlowHandler
{
    public const string HandlerName = "knowledge";
    public const string SubjectValue = "subject";

    public string Name => HandlerName;

    public async Task<string?> RunAsync(FlowHandlerContext context, CancellationToken cancellationToken)
    {
        // A passage about one state's law (tagged state.NY) is only said to someone who said that state.
        var state = context.Values.GetValueOrDefault("state");
        var passages = context.Values.TryGetValue(SubjectValue, out var subject)
            ? knowledge.Tagged(subject)
                .Where(p => !p.Topics.Any(t => t.StartsWith("state.", StringComparison.Ordinal) && !string.Equals(t, "state." + state, StringComparison.OrdinalIgnoreCase)))
                .OrderBy(p => p.IsMainlyAbout(subject) ? 0 : 1)
                .ToList()
            : [];
        if (passages.Count == 0)
        {
            return "none";
        }

        var dc = context.Dialog;
        if (dc.ChannelId == MessageRenderer.Sms)
        {
            var main = passages.Where(p => p.IsMainlyAbout(subject!)).ToList();
            if (main.Count > 0 && main.Count < passages.Count)
            {
                await PassageWriter.SayAsync(dc, main, cancellationToken);
                await dc.SayAsync(TextKeys.KnowledgeSmsMore, null, cancellationToken);
                return null;
            }
        }

        await PassageWriter.SayAsync(dc, passages, cancellationToken);
        return null;
    }
}
