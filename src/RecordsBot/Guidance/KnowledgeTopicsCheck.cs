using RecordsBot.Dialogs;
using RecordsBot.Dialogs.Flows;
using RecordsBot.Hosting;

namespace RecordsBot.Guidance;

/// <summary>
/// Start-up checks between dialogs/ and dialogs/knowledge/: every topic a flow offers to the <c>knowledge</c> handler
/// (a choice stored into <c>subject</c> whose value is a topic tag, i.e. has a dot: <c>rights.amend</c>; other values
/// such as <c>done</c> are for the flow's own branches) has at least one passage, so no choice ever leads to silence.
/// </summary>
public sealed class KnowledgeTopicsCheck(KnowledgeBase knowledge) : IDialogsCheck
{
    public IReadOnlyList<string> Problems(DialogCatalog catalog)
    {
        var problems = new List<string>();
        foreach (var flow in catalog.Flows.Values.OrderBy(f => f.Id, StringComparer.Ordinal))
        {
            if (!flow.Steps.Any(s => s.Handler == KnowledgeHandler.HandlerName))
            {
                continue;
            }

            foreach (var step in flow.Steps.Where(s => s.Kind == FlowStepKind.Prompt && s.Into == KnowledgeHandler.SubjectValue))
            {
                foreach (var choice in step.Choices.Where(c => c.Value.Contains('.', StringComparison.Ordinal) && knowledge.Tagged(c.Value).Count == 0))
                {
                    problems.Add($"{flow.File}:{step.LineOf("choices")}: step '{step.Id}' offers '{choice.Value}' to the knowledge handler, but no passage in {KnowledgeBase.Folder}/{KnowledgeBase.PassagesFile} has that topic tag.");
                }
            }
        }

        return problems;
    }
}
