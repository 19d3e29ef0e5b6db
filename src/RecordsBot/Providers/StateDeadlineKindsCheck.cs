using RecordsBot.Dialogs;
using RecordsBot.Guidance;
using RecordsBot.Hosting;

namespace RecordsBot.Providers;

/// <summary>
/// Start-up check between states.yaml and provider-kinds.yaml: every group a state deadline names in <c>kinds</c>
/// is a group of provider-kinds.yaml, so a typo never silently keeps a rule from a request it is about.
/// </summary>
public sealed class StateDeadlineKindsCheck(ProviderKinds kinds, KnowledgeBase knowledge) : IDialogsCheck
{
    public IReadOnlyList<string> Problems(DialogCatalog catalog)
    {
        var groups = kinds.Groups.Select(g => g.Id).ToHashSet(StringComparer.Ordinal);
        return [.. knowledge.States.SelectMany(state => state.Deadlines.SelectMany(rule => rule.Kinds
            .Where(kind => !groups.Contains(kind))
            .Select(kind => $"{Path.Combine(Path.GetDirectoryName(kinds.File) ?? string.Empty, KnowledgeBase.StatesFile)}:{rule.Line}: the {state.Code} deadline for '{rule.Who}' names kind '{kind}', which is no group of {kinds.File}; the groups are {string.Join(", ", groups)}.")))];
    }
}
