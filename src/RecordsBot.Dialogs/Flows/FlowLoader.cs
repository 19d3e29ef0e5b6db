using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using RecordsBot.Dialogs.Prompts;
using RecordsBot.Dialogs.Recognition;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace RecordsBot.Dialogs.Flows;

/// <summary>
/// Reads one <c>*.dialog.yaml</c> file into a <see cref="FlowDefinition"/>, checking everything that can be checked
/// inside the file: syntax, known keys, one kind per step, unique step ids, jumps to existing steps, every value used
/// stored by some step or taken as input (not whether that step always runs first), no loop of say and branch steps
/// alone, no branch case that the prompts storing its value can never give. Each problem is reported as <c>file:line: what is wrong</c>. Checks that need the other
/// files (string keys, other flows, handlers) are done by <see cref="DialogCatalog"/>.
/// </summary>
public static partial class FlowLoader
{
    public const string Extension = ".dialog.yaml";

    internal static readonly string[] RootKeys = ["id", "title", "restarted", "inputs", "steps"];

    internal static readonly Dictionary<FlowStepKind, string[]> KindKeys = new()
    {
        [FlowStepKind.Say] = ["say", "next"],
        [FlowStepKind.Prompt] = ["prompt", "text", "retry", "help", "into", "choices", "min", "max", "range", "maxLength", "attempts", "validate", "giveUp", "understand", "next"],
        [FlowStepKind.Branch] = ["branch", "cases", "else"],
        [FlowStepKind.Handler] = ["handler", "exits", "sets", "next"],
        [FlowStepKind.Begin] = ["begin", "with", "into", "next"],
        [FlowStepKind.Replace] = ["replace", "with"],
        [FlowStepKind.End] = ["end", "result"],
    };

    public static FlowDefinition? Load(string path, List<string> errors)
    {
        var file = new FileErrors(path, errors);
        var before = errors.Count;
        if (YamlFiles.LoadMapping(path, errors, "a dialog file is one mapping with id, title and steps.") is not { } root)
        {
            return null;
        }

        CheckKeys(file, root, RootKeys, "a flow");
        var id = Scalar(file, root, "id", required: true);
        var expectedId = Path.GetFileName(path)[..^Extension.Length];
        if (id is not null && id != expectedId)
        {
            file.Add(Line(root, "id"), $"id '{id}' must match the file name ('{expectedId}{Extension}').");
        }
        else if (id is not null && !IdPattern().IsMatch(id))
        {
            file.Add(Line(root, "id"), $"id '{id}' may use only lower-case letters, digits and hyphens, starting with a letter.");
        }

        var title = Scalar(file, root, "title", required: true);
        var inputs = List(file, root, "inputs");
        var steps = new List<FlowStep>();
        if (Child(root, "steps") is not YamlSequenceNode sequence || sequence.Children.Count == 0)
        {
            file.Add(Line(root, "steps", root), "'steps' must be a list with at least one step.");
        }
        else
        {
            foreach (var node in sequence.Children)
            {
                if (node is not YamlMappingNode stepNode)
                {
                    file.Add((int)node.Start.Line, "each step is a mapping with an id and one step kind (say, prompt, branch, handler, begin, replace, end).");
                    continue;
                }

                if (ReadStep(file, stepNode) is { } step)
                {
                    steps.Add(step);
                }
            }
        }

        CheckFlow(file, steps, inputs);
        if (errors.Count > before || id is null || title is null)
        {
            return null;
        }

        return new FlowDefinition(id, title!, VersionOf(root), path, steps, inputs, Line(root, "title"))
        {
            RestartedKey = Scalar(file, root, "restarted", required: false),
            RestartedLine = Line(root, "restarted"),
        };
    }

    /// <summary>A hash of a flow's (or one step's) content, blind to comments and layout: see
    /// <see cref="FlowDialog.Accepts"/> for what a change means for people in the middle of the flow.</summary>
    private static string VersionOf(YamlNode root)
    {
        var builder = new StringBuilder();
        Append(root);
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(builder.ToString())))[..12].ToLowerInvariant();

        void Append(YamlNode node)
        {
            switch (node)
            {
                case YamlScalarNode scalar:
                    builder.Append('"').Append(scalar.Value?.Replace("\"", "\\\"", StringComparison.Ordinal)).Append('"');
                    break;
                case YamlSequenceNode sequence:
                    builder.Append('[');
                    foreach (var child in sequence.Children)
                    {
                        Append(child);
                        builder.Append(',');
                    }

                    builder.Append(']');
                    break;
                case YamlMappingNode mapping:
                    builder.Append('{');
                    foreach (var (key, value) in mapping.Children.OrderBy(p => ((YamlScalarNode)p.Key).Value, StringComparer.Ordinal))
                    {
                        Append(key);
                        builder.Append(':');
                        Append(value);
                        builder.Append(',');
                    }

                    builder.Append('}');
                    break;
            }
        }
    }

    private static FlowStep? ReadStep(FileErrors file, YamlMappingNode node)
    {
        var line = (int)node.Start.Line;
        var id = Scalar(file, node, "id", required: true);
        if (id is not null && !IdPattern().IsMatch(id))
        {
            file.Add(line, $"step id '{id}' may use only lower-case letters, digits and hyphens, starting with a letter.");
        }

        var kinds = KindKeys.Keys.Where(k => Child(node, KindName(k)) is not null).ToList();
        if (kinds.Count != 1)
        {
            var keys = string.Join(", ", node.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value).Where(k => k != "id"));
            file.Add(line, kinds.Count == 0
                ? $"step '{id}' has no step kind: found {(keys.Length == 0 ? "nothing" : keys)}; expected one of say, prompt, branch, handler, begin, replace, end."
                : $"step '{id}' has more than one step kind ({string.Join(", ", kinds.Select(KindName))}).");
            return null;
        }

        var kind = kinds[0];
        CheckKeys(file, node, ["id", .. KindKeys[kind]], $"a {KindName(kind)} step");
        var step = new FlowStep { Id = id ?? "?", Kind = kind, Line = line, KeyLines = KeyLines(node), Next = Scalar(file, node, "next", false), Version = VersionOf(node) };
        return kind switch
        {
            FlowStepKind.Say => step with { Texts = SayKeys(file, node) },
            FlowStepKind.Prompt => ReadPrompt(file, node, step),
            FlowStepKind.Branch => step with
            {
                BranchOn = Scalar(file, node, "branch", true),
                Cases = Map(file, node, "cases", required: true),
                Else = Scalar(file, node, "else", false),
            },
            FlowStepKind.Handler => step with
            {
                Handler = Name(file, node, "handler", true),
                Exits = Map(file, node, "exits", required: false),
                Sets = List(file, node, "sets"),
            },
            FlowStepKind.Begin => step with { Flow = Scalar(file, node, "begin", true), With = List(file, node, "with"), Into = Scalar(file, node, "into", false) },
            FlowStepKind.Replace => step with { Flow = Scalar(file, node, "replace", true), With = List(file, node, "with") },
            _ => ReadEnd(file, node, step),
        };
    }

    /// <summary><c>end:</c> takes nothing: empty, or unquoted <c>true</c>, <c>~</c> or <c>null</c> as the schema allows. A
    /// value written there would be silently ignored (people mean <c>result</c>), so anything else is an error.</summary>
    private static FlowStep ReadEnd(FileErrors file, YamlMappingNode node, FlowStep step)
    {
        if (Child(node, "end") is not YamlScalarNode { Style: ScalarStyle.Plain, Value: "" or "~" or "null" or "true" })
        {
            file.Add(Line(node, "end"), "'end' takes no value; to return a value use 'result: name'.");
        }

        return step with { Result = Scalar(file, node, "result", false) };
    }

    private static Dictionary<string, int> KeyLines(YamlMappingNode node)
    {
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (key, value) in node.Children)
        {
            if (key is not YamlScalarNode { Value: { } name })
            {
                continue;
            }

            lines[name] = (int)key.Start.Line;
            if (value is YamlMappingNode mapping)
            {
                foreach (var entry in mapping.Children.Keys.OfType<YamlScalarNode>())
                {
                    lines[$"{name}.{entry.Value}"] = (int)entry.Start.Line;
                }
            }
            else if (value is YamlSequenceNode sequence)
            {
                for (var i = 0; i < sequence.Children.Count; i++)
                {
                    lines[$"{name}[{i}]"] = (int)sequence.Children[i].Start.Line;
                }
            }
        }

        return lines;
    }

    private static IReadOnlyList<string> SayKeys(FileErrors file, YamlMappingNode node)
    {
        var keys = ScalarOrList(file, node, "say");
        if (keys.Count == 0 && Child(node, "say") is YamlSequenceNode)
        {
            file.Add(Line(node, "say"), "'say' needs at least one string key.");
        }

        return keys;
    }

    /// <summary>A handler or validator name: the same form as ids, so names read alike across files and C#.</summary>
    private static string? Name(FileErrors file, YamlMappingNode node, string key, bool required)
    {
        var name = Scalar(file, node, key, required);
        if (name is not null && !IdPattern().IsMatch(name))
        {
            file.Add(Line(node, key), $"{key} name '{name}' may use only lower-case letters, digits and hyphens, starting with a letter.");
        }

        return name;
    }

    private static FlowStep ReadPrompt(FileErrors file, YamlMappingNode node, FlowStep step)
    {
        var kindName = Scalar(file, node, "prompt", true);
        var kind = PromptKind.Text;
        if (kindName is not null && !PromptKinds.TryParse(kindName, out kind))
        {
            file.Add(Line(node, "prompt"), $"unknown prompt kind '{kindName}'; expected one of {string.Join(", ", Enum.GetValues<PromptKind>().Select(PromptKinds.Name))}.");
        }

        var choices = new List<ChoiceDefinition>();
        if (Child(node, "choices") is { } choicesNode)
        {
            if (kind != PromptKind.Choice)
            {
                file.Add((int)choicesNode.Start.Line, "only a choice prompt has choices.");
            }
            else if (choicesNode is not YamlSequenceNode list || list.Children.Count < 2)
            {
                file.Add((int)choicesNode.Start.Line, "'choices' must be a list of at least two options, each with value and label.");
            }
            else
            {
                foreach (var item in list.Children)
                {
                    if (item is not YamlMappingNode option)
                    {
                        file.Add((int)item.Start.Line, "a choice is a mapping with value, label and optionally synonyms.");
                        continue;
                    }

                    CheckKeys(file, option, ["value", "label", "synonyms"], "a choice");
                    var value = Scalar(file, option, "value", true);
                    if (value is not null && choices.Any(c => c.Value == value))
                    {
                        file.Add((int)option.Start.Line, $"choice value '{value}' appears twice.");
                    }

                    choices.Add(new ChoiceDefinition { Value = value ?? string.Empty, LabelKey = Scalar(file, option, "label", true) ?? string.Empty, SynonymsKey = Scalar(file, option, "synonyms", false) });
                }
            }
        }
        else if (kind == PromptKind.Choice)
        {
            file.Add(step.Line, $"choice prompt '{step.Id}' needs 'choices'.");
        }

        var range = DateRange.Any;
        if (Scalar(file, node, "range", false) is { } rangeName)
        {
            if (kind != PromptKind.Date)
            {
                file.Add(Line(node, "range"), "only a date prompt has a range.");
            }
            else
            {
                // Exactly these words: Enum.TryParse would also take numbers ("7") and other spellings.
                DateRange? parsed = rangeName switch { "past" => DateRange.Past, "future" => DateRange.Future, "any" => DateRange.Any, _ => null };
                if (parsed is null)
                {
                    file.Add(Line(node, "range"), $"range must be past, future or any, not '{rangeName}'.");
                }

                range = parsed ?? DateRange.Any;
            }
        }

        var min = Number(file, node, "min");
        var max = Number(file, node, "max");
        if ((min is not null || max is not null) && kind != PromptKind.Number)
        {
            file.Add(step.Line, "only a number prompt has min and max.");
        }
        else if (min > max)
        {
            file.Add(Line(node, "min"), $"min ({min}) is greater than max ({max}).");
        }

        var maxLength = Number(file, node, "maxLength");
        if (maxLength is not null && (kind != PromptKind.Text || maxLength < 1 || maxLength != decimal.Truncate(maxLength.Value)))
        {
            file.Add(Line(node, "maxLength"), "maxLength is a whole number of characters, for text prompts only.");
        }

        var attempts = Number(file, node, "attempts") ?? 3;
        if (attempts < 1 || attempts > 10 || attempts != decimal.Truncate(attempts))
        {
            file.Add(Line(node, "attempts"), "attempts must be a whole number from 1 to 10.");
        }

        var understand = Scalar(file, node, "understand", false);
        if (understand is not null and not ("true" or "false"))
        {
            file.Add(Line(node, "understand"), "understand must be true or false.");
        }
        else if (understand == "true" && kind != PromptKind.Choice)
        {
            file.Add(Line(node, "understand"), "only a choice prompt can understand free phrasing.");
        }

        return step with
        {
            PromptKind = kind,
            TextKey = Scalar(file, node, "text", true),
            RetryKey = Scalar(file, node, "retry", false),
            HelpKey = Scalar(file, node, "help", false),
            Into = Scalar(file, node, "into", false),
            Choices = choices,
            Min = min,
            Max = max,
            Range = range,
            MaxLength = maxLength is null ? null : (int)maxLength,
            Attempts = (int)Math.Clamp(attempts, 1, 10),
            Validator = Name(file, node, "validate", false),
            GiveUp = Scalar(file, node, "giveUp", false),
            Understand = understand == "true",
        };
    }

    /// <summary>Checks across the steps of one flow: unique ids, jumps to existing steps, values defined before use.</summary>
    private static void CheckFlow(FileErrors file, List<FlowStep> steps, IReadOnlyList<string> inputs)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var step in steps)
        {
            if (!ids.TryAdd(step.Id, step.Line))
            {
                file.Add(step.Line, $"step id '{step.Id}' is used twice (first on line {ids[step.Id]}).");
            }
        }

        var values = new HashSet<string>(inputs, StringComparer.Ordinal);
        foreach (var step in steps)
        {
            values.UnionWith(step.Sets);
            if (step.Into is not null)
            {
                values.Add(step.Into);
            }
        }

        foreach (var name in values.Where(v => !ValuePattern().IsMatch(v)))
        {
            file.Add(steps.FirstOrDefault(s => s.Into == name || s.Sets.Contains(name))?.Line ?? 1, $"value name '{name}' may use only letters and digits, starting with a letter.");
        }

        foreach (var step in steps)
        {
            foreach (var (what, target, key) in Jumps(step))
            {
                if (!ids.ContainsKey(target))
                {
                    file.Add(step.LineOf(key), $"step '{step.Id}' {what} '{target}', which is not a step of this flow.");
                }
            }

            foreach (var (used, key) in UsedValues(step).Where(v => !values.Contains(v.Name)))
            {
                file.Add(step.LineOf(key), $"step '{step.Id}' uses value '{used}', which no step stores (into/sets) and the flow does not take as input.");
            }

            if (step.BranchOn is { } name && PossibleValues(name, steps, inputs) is var (possible, source))
            {
                foreach (var value in step.Cases.Keys.Where(c => !possible.Contains(c)))
                {
                    file.Add(step.LineOf("cases." + value), $"case '{value}' of step '{step.Id}' can never happen: '{name}' is set by {source}.");
                }
            }
        }

        CheckLoops(file, steps);
    }

    /// <summary>What value <paramref name="name"/> can hold, when that is known: when only choice prompts store it, their
    /// choices' values; when only confirm prompts do, yes and no. Null when anything else stores it too (a text prompt,
    /// a begin, a handler's sets, an input), or nothing does (reported already).</summary>
    private static (IReadOnlyList<string> Values, string Source)? PossibleValues(string name, List<FlowStep> steps, IReadOnlyList<string> inputs)
    {
        var storing = steps.Where(s => s.Into == name || s.Sets.Contains(name)).ToList();
        if (inputs.Contains(name) || storing.Count == 0 || storing.Any(s => s.Kind != FlowStepKind.Prompt))
        {
            return null;
        }

        var prompts = storing.Count == 1 ? "a {0} prompt" : "{0} prompts";
        if (storing.All(s => s.PromptKind == PromptKind.Confirm))
        {
            return ([ConfirmPrompt.Yes, ConfirmPrompt.No], string.Format(CultureInfo.InvariantCulture, prompts, "confirm") + $" ({ConfirmPrompt.Yes} or {ConfirmPrompt.No})");
        }

        var values = storing.SelectMany(s => s.Choices).Select(c => c.Value).Where(v => v.Length > 0).Distinct().ToList();
        if (!storing.All(s => s.PromptKind == PromptKind.Choice) || values.Count == 0)
        {
            return null;
        }

        var list = values.Count == 1 ? values[0] : $"{string.Join(", ", values.SkipLast(1))} or {values[^1]}";
        return (values, string.Format(CultureInfo.InvariantCulture, prompts, "choice") + $" ({list})");
    }

    /// <summary>
    /// Cycles made only of say and branch steps: nothing in them asks the person or changes a value, so a flow that
    /// enters one goes round it for ever. Edges: a say goes to its <c>next</c>, else the following step; a branch to each
    /// case, its <c>else</c>, and without <c>else</c> the following step. After the last step the flow ends. Each cycle
    /// is reported once, at the jump that closes it (a depth-first search's back edge, so there are no repeats).
    /// </summary>
    private static void CheckLoops(FileErrors file, List<FlowStep> steps)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < steps.Count; i++)
        {
            index.TryAdd(steps[i].Id, i);
        }

        var state = new int[steps.Count]; // 0: not seen, 1: on the current path, 2: done
        var path = new List<int>();
        for (var i = 0; i < steps.Count; i++)
        {
            if (state[i] == 0 && Silent(steps[i]))
            {
                Visit(i);
            }
        }

        static bool Silent(FlowStep step) => step.Kind is FlowStepKind.Say or FlowStepKind.Branch;

        void Visit(int i)
        {
            state[i] = 1;
            path.Add(i);
            foreach (var (target, key) in Edges(i))
            {
                if (state[target] == 1)
                {
                    var cycle = path.Skip(path.IndexOf(target)).Append(target).Select(s => steps[s].Id);
                    file.Add(steps[i].LineOf(key), $"step '{steps[i].Id}' goes back to '{steps[target].Id}' ({string.Join(" → ", cycle)}) without asking anything, so the flow would never stop.");
                }
                else if (state[target] == 0)
                {
                    Visit(target);
                }
            }

            path.RemoveAt(path.Count - 1);
            state[i] = 2;
        }

        // Where a say or branch step may go, to say or branch steps only, with the key each jump is written at
        // ("" for going on to the following step: the step's own line).
        List<(int Target, string Key)> Edges(int i)
        {
            var step = steps[i];
            var edges = new List<(int Target, string Key)>();
            if (step.Kind == FlowStepKind.Say)
            {
                To(step.Next, "next");
            }
            else
            {
                foreach (var (name, target) in step.Cases)
                {
                    To(target, "cases." + name);
                }

                To(step.Else, "else");
            }

            return edges.Where(e => Silent(steps[e.Target])).DistinctBy(e => e.Target).ToList();

            // No next (say) or no else (branch): the following step; after the last step the flow ends.
            void To(string? target, string key)
            {
                if (target is null)
                {
                    if (i + 1 < steps.Count)
                    {
                        edges.Add((i + 1, string.Empty));
                    }
                }
                else if (target is not null && index.TryGetValue(target, out var t))
                {
                    edges.Add((t, key));
                }
            }
        }
    }

    /// <summary>Where a step may go: what the jump is, its target, and the key it is written at.</summary>
    private static IEnumerable<(string What, string Target, string Key)> Jumps(FlowStep step)
    {
        if (step.Next is not null)
        {
            yield return ("goes next to", step.Next, "next");
        }

        if (step.Else is not null)
        {
            yield return ("goes else to", step.Else, "else");
        }

        if (step.GiveUp is not null)
        {
            yield return ("gives up to", step.GiveUp, "giveUp");
        }

        foreach (var (name, target) in step.Cases)
        {
            yield return ($"goes for case '{name}' to", target, "cases." + name);
        }

        foreach (var (name, target) in step.Exits)
        {
            yield return ($"goes for exit '{name}' to", target, "exits." + name);
        }
    }

    /// <summary>The values a step reads, each with the key it is written at.</summary>
    private static IEnumerable<(string Name, string Key)> UsedValues(FlowStep step)
    {
        if (step.BranchOn is not null)
        {
            yield return (step.BranchOn, "branch");
        }

        if (step.Result is not null)
        {
            yield return (step.Result, "result");
        }

        foreach (var name in step.With)
        {
            yield return (name, "with");
        }
    }

    private static string KindName(FlowStepKind kind) => kind.ToString().ToLowerInvariant();

    private static void CheckKeys(FileErrors file, YamlMappingNode node, IReadOnlyCollection<string> allowed, string what)
    {
        foreach (var key in node.Children.Keys)
        {
            if (key is not YamlScalarNode { Value: { } name } || !allowed.Contains(name))
            {
                file.Add((int)key.Start.Line, $"unknown key '{(key as YamlScalarNode)?.Value}' in {what}; allowed: {string.Join(", ", allowed)}.");
            }
        }
    }

    private static YamlNode? Child(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var child) ? child : null;

    private static int Line(YamlMappingNode node, string key, YamlNode? fallback = null) =>
        (int)(node.Children.Keys.FirstOrDefault(k => k is YamlScalarNode s && s.Value == key) ?? fallback ?? node).Start.Line;

    private static string? Scalar(FileErrors file, YamlMappingNode node, string key, bool required)
    {
        switch (Child(node, key))
        {
            case null:
                if (required)
                {
                    file.Add((int)node.Start.Line, $"'{key}' is missing.");
                }

                return null;
            case YamlScalarNode { Value: { Length: > 0 } value }:
                return value;
            case YamlScalarNode empty:
                file.Add((int)empty.Start.Line, $"'{key}' is empty.");
                return null;
            case var other:
                file.Add((int)other.Start.Line, $"'{key}' must be a single value.");
                return null;
        }
    }

    private static decimal? Number(FileErrors file, YamlMappingNode node, string key)
    {
        var text = Scalar(file, node, key, false);
        if (text is null)
        {
            return null;
        }

        if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        file.Add(Line(node, key), $"'{key}' must be a number, not '{text}'.");
        return null;
    }

    private static IReadOnlyList<string> List(FileErrors file, YamlMappingNode node, string key)
    {
        switch (Child(node, key))
        {
            case null:
                return [];
            case YamlSequenceNode sequence when sequence.Children.All(c => c is YamlScalarNode { Value.Length: > 0 }):
                return sequence.Children.Select(c => ((YamlScalarNode)c).Value!).ToList();
            case var other:
                file.Add((int)other.Start.Line, $"'{key}' must be a list of names.");
                return [];
        }
    }

    private static IReadOnlyList<string> ScalarOrList(FileErrors file, YamlMappingNode node, string key) =>
        Child(node, key) is YamlSequenceNode ? List(file, node, key) : Scalar(file, node, key, true) is { } one ? [one] : [];

    private static Dictionary<string, string> Map(FileErrors file, YamlMappingNode node, string key, bool required)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        switch (Child(node, key))
        {
            case null when required:
                file.Add((int)node.Start.Line, $"'{key}' is missing.");
                break;
            case null:
                break;
            case YamlMappingNode mapping when mapping.Children.Count > 0:
                foreach (var (k, v) in mapping.Children)
                {
                    if (k is YamlScalarNode { Value: { Length: > 0 } name } && v is YamlScalarNode { Value: { Length: > 0 } target })
                    {
                        result[name] = target;
                    }
                    else
                    {
                        file.Add((int)k.Start.Line, $"each entry of '{key}' is 'name: step-id'.");
                    }
                }

                break;
            case var other:
                file.Add((int)other.Start.Line, $"'{key}' must map names to step ids.");
                break;
        }

        return result;
    }

    [GeneratedRegex("^[a-z][a-z0-9-]*$")]
    private static partial Regex IdPattern();

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]*$")]
    private static partial Regex ValuePattern();

    /// <summary>Adds <c>file:line: message</c> problems for one file.</summary>
    internal sealed class FileErrors(string path, List<string> errors)
    {
        public void Add(int line, string message) => errors.Add($"{path}:{Math.Max(line, 1)}: {message}");
    }
}
