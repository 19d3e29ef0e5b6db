using RecordsBot.Dialogs.Flows;
using RecordsBot.Dialogs.Prompts;
using RecordsBot.Dialogs.Recognition;
using RecordsBot.Dialogs.Texts;

namespace RecordsBot.Dialogs;

/// <summary>
/// The whole dialogs folder, loaded and checked: the strings, every <c>*.dialog.yaml</c> flow and the phrase book.
/// Any problem (bad syntax, unknown step kind, duplicate id, a jump to a missing step, a missing string key, an
/// unknown handler or flow) makes <see cref="Load"/> throw a <see cref="DialogLoadException"/> listing every problem
/// as <c>file:line: what is wrong</c>.
/// </summary>
public sealed class DialogCatalog
{
    private const string SmsChannel = "sms";

    private DialogCatalog(TextCatalog texts, IReadOnlyDictionary<string, FlowDefinition> flows, PhraseMatcher? phrases)
    {
        Texts = texts;
        Flows = flows;
        Phrases = phrases;
    }

    public TextCatalog Texts { get; }

    public IReadOnlyDictionary<string, FlowDefinition> Flows { get; }

    public PhraseMatcher? Phrases { get; }

    public static DialogCatalog Load(string folder, DialogCatalogRequirements requirements)
    {
        var errors = new List<string>();
        if (!Directory.Exists(folder))
        {
            throw new DialogLoadException([$"{folder}: the dialogs folder does not exist (set RecordsBot:DialogsPath)."]);
        }

        var texts = TextCatalog.Load(folder, errors);
        var flows = new Dictionary<string, FlowDefinition>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(folder, "*" + FlowLoader.Extension).Order(StringComparer.Ordinal))
        {
            if (FlowLoader.Load(file, errors) is { } flow)
            {
                flows[flow.Id] = flow;
            }
        }

        var phrasesPath = Path.Combine(folder, PhraseBookLoader.FileName);
        var phrases = PhraseBookLoader.Load(phrasesPath, errors);
        if (errors.Count == 0)
        {
            CheckAcrossFiles(folder, texts, flows, phrases, phrasesPath, requirements, errors);
        }

        if (errors.Count > 0)
        {
            throw new DialogLoadException(errors);
        }

        return new DialogCatalog(texts, flows, phrases.Count == 0 ? null : new PhraseMatcher(phrases.Select(p => (p.Target, p.Phrase))));
    }

    /// <summary>The dialogs a stack may hold: every flow and every prompt kind.</summary>
    public DialogSet CreateDialogSet()
    {
        var set = new DialogSet();
        foreach (var flow in Flows.Values)
        {
            set.Add(new FlowDialog(flow));
        }

        foreach (var prompt in new Prompt[] { new TextPrompt(), new ChoicePrompt(), new ConfirmPrompt(), new NumberPrompt(), new DatePrompt(), new TimePrompt(), new EmailPrompt(), new PhonePrompt(), new StatePrompt() })
        {
            set.Add(prompt);
        }

        return set;
    }

    private static void CheckAcrossFiles(
        string folder,
        TextCatalog texts,
        Dictionary<string, FlowDefinition> flows,
        IReadOnlyList<(string Target, string Phrase, int Line)> phrases,
        string phrasesPath,
        DialogCatalogRequirements requirements,
        List<string> errors)
    {
        var missingKeys = EngineTextKeys.Required().Concat(requirements.TextKeys).Where(k => !texts.Has(k)).Distinct().ToList();
        if (missingKeys.Count > 0)
        {
            errors.Add($"{texts.Path}:1: missing string keys: {string.Join(", ", missingKeys)}.");
        }

        foreach (var flow in requirements.Flows.Where(f => !flows.ContainsKey(f)))
        {
            errors.Add($"{Path.Combine(folder, flow + FlowLoader.Extension)}:1: the app needs flow '{flow}', and there is no such file.");
        }

        var commandWords = CommandWords(texts, requirements.CommandWordKeys ?? []);
        foreach (var flow in flows.Values)
        {
            void Problem(FlowStep? step, string key, string message) => errors.Add($"{flow.File}:{step?.LineOf(key) ?? flow.TitleLine}: {message}");

            var values = flow.Inputs.Concat(flow.Steps.SelectMany(s => s.Sets)).Concat(flow.Steps.Select(s => s.Into).OfType<string>()).ToHashSet(StringComparer.Ordinal);

            if (!texts.Has(flow.TitleKey))
            {
                Problem(null, "title", $"title '{flow.TitleKey}' is not a key in {TextCatalog.FileName}.");
            }

            if (flow.RestartedKey is { } restarted && !texts.Has(restarted))
            {
                errors.Add($"{flow.File}:{flow.RestartedLine}: restarted '{restarted}' is not a key in {TextCatalog.FileName}.");
            }

            foreach (var step in flow.Steps)
            {
                foreach (var (key, where) in KeysOf(step).Where(k => !texts.Has(k.Key)))
                {
                    Problem(step, where, $"step '{step.Id}' uses string key '{key}', which is not in {TextCatalog.FileName}.");
                }

                foreach (var (key, where) in KeysOf(step).Where(k => texts.Has(k.Key)))
                {
                    foreach (var (name, format) in Placeholders(texts, key).Distinct())
                    {
                        if (!values.Contains(name))
                        {
                            Problem(step, where, $"step '{step.Id}' says '{key}', whose text uses {{{name}}}, a value no step of this flow stores (it would show as typed).");
                        }
                        else if (format.Length > 0 && !TextCatalog.Formats.Contains(format))
                        {
                            Problem(step, where, $"step '{step.Id}' says '{key}', whose text uses {{{name}:{format}}}; the formats are {string.Join(" and ", TextCatalog.Formats)}.");
                        }
                    }
                }

                for (var i = 0; i < step.Choices.Count; i++)
                {
                    var choice = step.Choices[i];
                    var words = ListsOnEveryChannel(texts, new[] { choice.LabelKey, choice.SynonymsKey }.OfType<string>());
                    foreach (var word in words.Where(w => commandWords.Contains(TextNormalizer.Normalize(w))).Distinct())
                    {
                        Problem(step, $"choices[{i}]", $"step '{step.Id}' offers '{word}' as a choice, but that is a command word, so nobody could pick it.");
                    }
                }

                if (step.Handler is { } handler && !requirements.Handlers.Contains(handler))
                {
                    Problem(step, "handler", $"step '{step.Id}' calls handler '{handler}', which the app does not have (known: {string.Join(", ", requirements.Handlers.Order())}).");
                }

                if (step.Validator is { } validator && !requirements.Validators.Contains(validator))
                {
                    Problem(step, "validate", $"step '{step.Id}' uses validator '{validator}', which the app does not have.");
                }

                if (step.Flow is { } other && !flows.ContainsKey(other))
                {
                    Problem(step, KindKey(step), $"step '{step.Id}' begins flow '{other}', which has no {other}{FlowLoader.Extension} file.");
                }
                else if (step.Flow is { } target)
                {
                    foreach (var input in flows[target].Inputs.Where(i => !step.With.Contains(i)))
                    {
                        Problem(step, KindKey(step), $"step '{step.Id}' begins flow '{target}' without its input '{input}' (add it to 'with').");
                    }
                }
            }
        }

        foreach (var (target, _, line) in phrases.Where(p => !flows.ContainsKey(p.Target)).DistinctBy(p => p.Target))
        {
            errors.Add($"{phrasesPath}:{line}: '{target}' is not a flow (no {target}{FlowLoader.Extension} file).");
        }
    }

    /// <summary>The {name} placeholders of a text and of its SMS variant.</summary>
    private static IEnumerable<(string Name, string Format)> Placeholders(TextCatalog texts, string key) =>
        new[] { texts.Get(key, null), texts.Get(key, SmsChannel) }
            .SelectMany(text => TextCatalog.Placeholder().Matches(text).Select(m => (m.Groups[1].Value, m.Groups[2].Value)));

    /// <summary>The key that names a step's kind (<c>begin</c>, <c>replace</c>…).</summary>
    private static string KindKey(FlowStep step) => step.Kind.ToString().ToLowerInvariant();

    /// <summary>Every word of the command lists, normalized, on every channel.</summary>
    private static HashSet<string> CommandWords(TextCatalog texts, IReadOnlyCollection<string> keys) =>
        ListsOnEveryChannel(texts, keys).Select(TextNormalizer.Normalize).ToHashSet(StringComparer.Ordinal);

    /// <summary>The items of comma-separated list texts, from the plain text and from its SMS variant.</summary>
    private static IEnumerable<string> ListsOnEveryChannel(TextCatalog texts, IEnumerable<string> keys) =>
        keys.Where(texts.Has).SelectMany(k => texts.GetList(k, null).Concat(texts.GetList(k, SmsChannel)));

    /// <summary>The string keys a step uses, each with the key (or list item) it is written at.</summary>
    private static IEnumerable<(string Key, string Where)> KeysOf(FlowStep step)
    {
        for (var i = 0; i < step.Texts.Count; i++)
        {
            yield return (step.Texts[i], step.KeyLines.ContainsKey($"say[{i}]") ? $"say[{i}]" : "say");
        }

        foreach (var (key, where) in new[] { (step.TextKey, "text"), (step.RetryKey, "retry"), (step.HelpKey, "help") })
        {
            if (key is not null)
            {
                yield return (key, where);
            }
        }

        for (var i = 0; i < step.Choices.Count; i++)
        {
            yield return (step.Choices[i].LabelKey, $"choices[{i}]");
            if (step.Choices[i].SynonymsKey is { } synonyms)
            {
                yield return (synonyms, $"choices[{i}]");
            }
        }
    }
}
