using RecordsBot.Dialogs;
using RecordsBot.Dialogs.Flows;
using RecordsBot.Dialogs.Prompts;
using RecordsBot.Dialogs.Texts;
using RecordsBot.Guidance;
using RecordsBot.Hosting;
using RecordsBot.Providers.Handlers;

namespace RecordsBot.Providers;

/// <summary>
/// Start-up checks between provider-kinds.yaml and the rest of dialogs/: every string key it names exists (and uses
/// only the placeholders the handlers fill), every tip names at least one passage, and every group with several
/// kinds has, at each step that walks the groups, an exit named like the group to a choice step that offers exactly
/// its kinds (with their labels and synonyms), <c>none</c> and optionally <c>done</c> (skip the rest of the walk).
/// Problems are <c>file:line: what is wrong</c>.
/// </summary>
public sealed class ProviderKindsCheck(ProviderKinds kinds, KnowledgeBase knowledge) : IDialogsCheck
{
    /// <summary>The choice value that says "none of these" in a group's choice step.</summary>
    public const string None = "none";

    /// <summary>The choice value that skips the rest of the walk, in a group's choice step.</summary>
    public const string Done = "done";

    private static readonly string[] WalkHandlers = [NextGroupHandler.HandlerName, MoreHandler.HandlerName];

    public IReadOnlyList<string> Problems(DialogCatalog catalog)
    {
        var problems = new List<string>();
        var file = kinds.File;
        foreach (var group in kinds.Groups)
        {
            Key(group.AskKey, group.Lines, "ask", $"group '{group.Id}'", []);
            Key(group.MoreKey, group.Lines, "more", $"group '{group.Id}'", []);
            Key(group.NameKey, group.Lines, "name", $"group '{group.Id}'", []);
            Key(group.StateKey, group.Lines, "state", $"group '{group.Id}'", [ProviderValues.Name]);
            Key(group.SameStateKey, group.Lines, "sameState", $"group '{group.Id}'", [ProviderValues.Name, ProviderValues.LastStateName]);
            foreach (var kind in group.Kinds)
            {
                Key(kind.LabelKey, kind.Lines, "label", $"kind '{kind.Id}'", []);
                Key(kind.SynonymsKey, kind.Lines, "synonyms", $"kind '{kind.Id}'", []);
                Tips(kind.Tips, kind.Lines.GetValueOrDefault("tip"), $"kind '{kind.Id}' has tip");
                Tips(kind.EndTips, kind.Lines.GetValueOrDefault("endTip"), $"kind '{kind.Id}' has endTip");
            }
        }

        Tips(kinds.Finish, kinds.FinishLine, "finish names");

        foreach (var flow in catalog.Flows.Values.OrderBy(f => f.Id, StringComparer.Ordinal))
        {
            foreach (var step in flow.Steps.Where(s => s.Handler is { } h && WalkHandlers.Contains(h)))
            {
                CheckWalkStep(flow, step, problems);
            }
        }

        return problems;

        void Key(string? key, IReadOnlyDictionary<string, int> lines, string name, string owner, string[] placeholders)
        {
            if (key is null)
            {
                return;
            }

            if (!catalog.Texts.Has(key))
            {
                problems.Add($"{file}:{lines.GetValueOrDefault(name)}: {owner} uses string key '{key}' as its {name}, which is in no strings file.");
                return;
            }

            var used = new[] { catalog.Texts.Get(key, null), catalog.Texts.Get(key, "sms") }
                .SelectMany(t => TextCatalog.Placeholder().Matches(t).Select(m => m.Groups[1].Value))
                .Where(p => !placeholders.Contains(p))
                .Distinct();
            foreach (var placeholder in used)
            {
                var allowed = placeholders.Length == 0 ? "no placeholders" : "only " + string.Join(" and ", placeholders.Select(p => "{" + p + "}"));
                problems.Add($"{file}:{lines.GetValueOrDefault(name)}: {owner} uses string key '{key}' as its {name}, whose text uses {{{placeholder}}}; it may use {allowed}.");
            }
        }

        void Tips(IReadOnlyList<string> references, int line, string what)
        {
            foreach (var reference in references.Where(r => ProviderTips.Passages(knowledge, r).Count == 0))
            {
                problems.Add(ProviderTips.IsTag(reference)
                    ? $"{file}:{line}: {what} '{reference}', but no passage in {KnowledgeBase.Folder}/{KnowledgeBase.PassagesFile} has that topic tag."
                    : $"{file}:{line}: {what} '{reference}', but no passage in {KnowledgeBase.Folder}/{KnowledgeBase.PassagesFile} has that id.");
            }
        }
    }

    private void CheckWalkStep(FlowDefinition flow, FlowStep step, List<string> problems)
    {
        var expected = kinds.Groups.Where(g => g.AsksWhichKind).Select(g => g.Id).ToList();
        if (step.Handler == NextGroupHandler.HandlerName)
        {
            expected.Add(NextGroupHandler.Finished);
        }

        foreach (var missing in expected.Where(e => !step.Exits.ContainsKey(e)))
        {
            var what = missing == NextGroupHandler.Finished
                ? "where to go when the walk is over"
                : $"where group '{missing}' of {ProviderKinds.FileName}, which has several kinds, asks which one";
            problems.Add($"{flow.File}:{step.LineOf("handler")}: step '{step.Id}' needs an exit '{missing}': {what}.");
        }

        foreach (var (exit, _) in step.Exits.Where(e => !expected.Contains(e.Key)))
        {
            problems.Add($"{flow.File}:{step.LineOf("exits." + exit)}: step '{step.Id}' has exit '{exit}', which handler '{step.Handler}' never takes: it is no group with several kinds in {ProviderKinds.FileName}.");
        }

        foreach (var group in kinds.Groups.Where(g => g.AsksWhichKind && step.Exits.ContainsKey(g.Id)))
        {
            var target = flow.Step(step.Exits[group.Id]);
            if (target is null)
            {
                continue; // The flow loader reports jumps to missing steps.
            }

            if (target.Kind != FlowStepKind.Prompt || target.PromptKind != PromptKind.Choice || target.Into != ProviderValues.Kind)
            {
                problems.Add($"{flow.File}:{target.Line}: step '{target.Id}' asks which kind of group '{group.Id}', so it must be a choice prompt with 'into: {ProviderValues.Kind}'.");
                continue;
            }

            for (var i = 0; i < target.Choices.Count; i++)
            {
                var choice = target.Choices[i];
                var kind = group.Kinds.FirstOrDefault(k => k.Id == choice.Value);
                var line = target.LineOf($"choices[{i}]");
                if (choice.Value is None or Done)
                {
                    continue;
                }

                if (kind is null)
                {
                    problems.Add($"{flow.File}:{line}: step '{target.Id}' offers '{choice.Value}', which is no kind of group '{group.Id}' in {ProviderKinds.FileName} (nor '{None}' or '{Done}').");
                }
                else if (choice.LabelKey != kind.LabelKey || choice.SynonymsKey != kind.SynonymsKey)
                {
                    problems.Add($"{flow.File}:{line}: step '{target.Id}' offers kind '{kind.Id}' with label '{choice.LabelKey}' and synonyms '{choice.SynonymsKey ?? "(none)"}'; {ProviderKinds.FileName} gives it label '{kind.LabelKey}' and synonyms '{kind.SynonymsKey ?? "(none)"}': use the same keys.");
                }
            }

            foreach (var kind in group.Kinds.Where(k => target.Choices.All(c => c.Value != k.Id)))
            {
                problems.Add($"{kinds.File}:{kind.Lines.GetValueOrDefault(string.Empty)}: kind '{kind.Id}' of group '{group.Id}' is not offered by step '{target.Id}' of {Path.GetFileName(flow.File)}: add it to its choices.");
            }

            if (target.Choices.All(c => c.Value != None))
            {
                problems.Add($"{flow.File}:{target.LineOf("choices")}: step '{target.Id}' must offer '{None}' too: the way to say no to \"{group.Id}\".");
            }
        }
    }
}
