using System.Globalization;
using System.Text.RegularExpressions;
using RecordsBot.Dialogs.Flows;
using YamlDotNet.RepresentationModel;

namespace RecordsBot.Guidance;

/// <summary>Reads the knowledge files strictly: unknown keys, missing citations, duplicate ids, markdown in texts
/// and impossible numbers are problems with the line they are on.</summary>
public static partial class KnowledgeLoader
{
    public static IReadOnlyList<string> PassageKeys { get; } = ["id", "topics", "citation", "keywords", "unsure", "text"];
    public static IReadOnlyList<string> StateKeys { get; } = ["name", "deadlines", "fees", "hipaaGoverns"];
    public static IReadOnlyList<string> DeadlineKeys { get; } = ["who", "kinds", "what", "days", "count", "from", "extendTo", "citation", "unsure"];
    public static IReadOnlyList<string> FeeKeys { get; } = ["who", "what", "base", "perPage", "asOf", "note", "citation", "unsure"];

    internal static IReadOnlyList<Passage> LoadPassages(string path, List<string> errors)
    {
        var passages = new List<Passage>();
        if (YamlFiles.LoadRoot(path, errors) is not { } root)
        {
            return passages;
        }

        if (root is not YamlSequenceNode list || list.Children.Count == 0)
        {
            errors.Add($"{path}:{Line(root)}: the file must be a list of passages (- id: …).");
            return passages;
        }

        var file = new Reader(path, errors);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in list.Children)
        {
            if (file.Map(node, "a passage", PassageKeys) is not { } map)
            {
                continue;
            }

            var id = file.Id(map, node);
            var text = file.Required(map, node, "text");
            var citation = file.Required(map, node, "citation");
            var topics = file.List(map, "topics");
            if (topics.Count == 0)
            {
                errors.Add($"{path}:{Line(node)}: passage '{id}' needs at least one topic tag in 'topics'.");
            }

            foreach (var topic in topics.Where(t => !TopicPattern().IsMatch(t)))
            {
                errors.Add($"{path}:{file.LineOf(map, "topics")}: passage '{id}' has topic tag '{topic}': use lower-case words joined by '.' or '-' (a state is 'state.TX').");
            }

            if (id is not null && !ids.Add(id))
            {
                errors.Add($"{path}:{Line(node)}: passage id '{id}' is used twice.");
            }

            if (text is not null && MarkupPattern().Match(text) is { Success: true } markup)
            {
                errors.Add($"{path}:{file.LineOf(map, "text")}: passage '{id}' has '{markup.Value}' in its text: passages are plain text (lists may start lines with '- ').");
            }

            if (id is not null && text is not null && citation is not null)
            {
                passages.Add(new Passage(id, topics, citation, file.List(map, "keywords"), file.Flag(map, "unsure"), text.Trim(), Line(node)));
            }
        }

        return passages;
    }

    internal static IReadOnlyDictionary<string, StateRules> LoadStates(string path, List<string> errors)
    {
        var states = new Dictionary<string, StateRules>(StringComparer.OrdinalIgnoreCase);
        if (YamlFiles.LoadRoot(path, errors) is not { } root)
        {
            return states;
        }

        if (root is not YamlMappingNode table)
        {
            errors.Add($"{path}:{Line(root)}: the file must map two-letter state codes to their rules (TX: …).");
            return states;
        }

        var file = new Reader(path, errors);
        foreach (var (keyNode, node) in table.Children)
        {
            var code = ((YamlScalarNode)keyNode).Value ?? string.Empty;
            if (!StateCodePattern().IsMatch(code))
            {
                errors.Add($"{path}:{Line(keyNode)}: '{code}' is not a two-letter state code in capitals.");
                continue;
            }

            if (file.Map(node, $"the rules of {code}", StateKeys) is not { } map)
            {
                continue;
            }

            var name = file.Required(map, node, "name") ?? code;
            var deadlines = new List<DeadlineRule>();
            foreach (var item in file.Items(map, "deadlines"))
            {
                if (file.Map(item, "a deadline", DeadlineKeys) is not { } rule)
                {
                    continue;
                }

                var days = file.Number(rule, item, "days", 1, 365);
                var count = file.Required(rule, item, "count") switch
                {
                    "calendar" => DayCount.Calendar,
                    "business" => DayCount.Business,
                    null => (DayCount?)null,
                    var other => Problem<DayCount?>(errors, $"{path}:{file.LineOf(rule, "count")}: count '{other}' must be 'calendar' or 'business'."),
                };
                int? extendTo = rule.Children.ContainsKey("extendTo") ? file.Number(rule, item, "extendTo", 1, 365) : null;
                if (extendTo <= days)
                {
                    errors.Add($"{path}:{file.LineOf(rule, "extendTo")}: extendTo ({extendTo}) must be more than days ({days}).");
                }

                var who = file.Required(rule, item, "who");
                var what = file.Required(rule, item, "what");
                var from = file.Required(rule, item, "from");
                var citation = file.Required(rule, item, "citation");
                if (days is { } d && count is { } c && who is not null && what is not null && from is not null && citation is not null)
                {
                    deadlines.Add(new DeadlineRule(who, what, d, c, from, extendTo, citation, file.Flag(rule, "unsure")) { Kinds = file.List(rule, "kinds"), Line = Line(item) });
                }
            }

            var fees = new List<FeeSchedule>();
            foreach (var item in file.Items(map, "fees"))
            {
                if (file.Map(item, "a fee cap", FeeKeys) is not { } fee)
                {
                    continue;
                }

                decimal? baseAmount = null;
                var basePages = 0;
                if (fee.Children.TryGetValue("base", out var baseNode) && file.Map(baseNode, "base", ["amount", "pages"]) is { } b)
                {
                    baseAmount = file.Money(b, baseNode, "amount");
                    basePages = file.Number(b, baseNode, "pages", 1, 100_000) ?? 0;
                }

                var tiers = new List<FeeTier>();
                foreach (var tierNode in file.Items(fee, "perPage"))
                {
                    if (file.Map(tierNode, "a per-page tier", ["from", "to", "price"]) is not { } t)
                    {
                        continue;
                    }

                    var tierFrom = file.Number(t, tierNode, "from", 1, 100_000);
                    int? tierTo = t.Children.ContainsKey("to") ? file.Number(t, tierNode, "to", 1, 100_000) : null;
                    var price = file.Money(t, tierNode, "price");
                    var expected = tiers.Count == 0 ? (baseAmount is null ? 1 : basePages + 1) : (tiers[^1].To ?? int.MaxValue) + 1;
                    if (tierFrom is { } f && f != expected)
                    {
                        errors.Add($"{path}:{Line(tierNode)}: this tier starts at page {f}; the one before ends at page {expected - 1}, so it must start at page {expected}.");
                    }

                    if (tierFrom is { } from && price is { } p)
                    {
                        tiers.Add(new FeeTier(from, tierTo, p));
                    }
                }

                if (baseAmount is null && tiers.Count == 0)
                {
                    errors.Add($"{path}:{Line(item)}: a fee cap needs a 'base', 'perPage' tiers, or both.");
                }

                if (tiers.Count > 0 && tiers[^1].To is not null)
                {
                    errors.Add($"{path}:{Line(item)}: the last per-page tier must have no 'to' (it covers every page after its 'from').");
                }

                var who = file.Required(fee, item, "who");
                var what = file.Required(fee, item, "what");
                var citation = file.Required(fee, item, "citation");
                if (who is not null && what is not null && citation is not null)
                {
                    fees.Add(new FeeSchedule(who, what, baseAmount, basePages, tiers, file.Optional(fee, "asOf"), file.Optional(fee, "note"), citation, file.Flag(fee, "unsure")));
                }
            }

            states[code] = new StateRules(code, name, deadlines, fees, file.Flag(map, "hipaaGoverns"));
        }

        return states;
    }

    private static T Problem<T>(List<string> errors, string problem)
    {
        errors.Add(problem);
        return default!;
    }

    private static int Line(YamlNode node) => YamlDataReader.Line(node);

    [GeneratedRegex(@"^[a-z][a-z0-9-]*$")]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"^([a-z][a-z0-9-]*)(\.([a-z][a-z0-9-]*|[A-Z]{2}))*$")]
    private static partial Regex TopicPattern();

    [GeneratedRegex(@"^[A-Z]{2}$")]
    private static partial Regex StateCodePattern();

    /// <summary>Markdown or HTML a passage must not carry: texts are escaped when shown, so these would show as typed.</summary>
    [GeneratedRegex(@"\*\*|__|`|\[|\]|<|>|\u201C|\u201D|\u2018|\u2019")]
    private static partial Regex MarkupPattern();

    /// <summary>Reads values out of one file's nodes, adding each problem with its line.</summary>
    private sealed class Reader(string path, List<string> errors) : YamlDataReader(path, errors)
    {
        public string? Optional(YamlMappingNode map, string key) =>
            map.Children.TryGetValue(key, out var node) && node is YamlScalarNode { Value: { } value } && value.Trim().Length > 0 ? value : null;

        public string? Id(YamlMappingNode map, YamlNode owner)
        {
            var id = Required(map, owner, "id");
            if (id is not null && !IdPattern().IsMatch(id))
            {
                Errors.Add($"{FilePath}:{LineOf(map, "id")}: id '{id}' must be lower-case letters, digits and hyphens, starting with a letter.");
            }

            return id;
        }

        public IReadOnlyList<string> List(YamlMappingNode map, string key)
        {
            if (!map.Children.TryGetValue(key, out var node))
            {
                return [];
            }

            if (node is not YamlSequenceNode list || list.Children.Any(c => c is not YamlScalarNode { Value.Length: > 0 }))
            {
                Errors.Add($"{FilePath}:{Line(node)}: '{key}' must be a list of words ([a, b]).");
                return [];
            }

            return list.Children.Cast<YamlScalarNode>().Select(s => s.Value!.Trim()).ToList();
        }

        public IReadOnlyList<YamlNode> Items(YamlMappingNode map, string key)
        {
            if (!map.Children.TryGetValue(key, out var node) || node is YamlScalarNode { Value: null or "" or "~" or "null" })
            {
                return [];
            }

            if (node is not YamlSequenceNode list)
            {
                Errors.Add($"{FilePath}:{Line(node)}: '{key}' must be a list (- …).");
                return [];
            }

            return list.Children.ToList();
        }

        public bool Flag(YamlMappingNode map, string key)
        {
            if (Optional(map, key) is not { } value)
            {
                return false;
            }

            if (value is "true" or "false")
            {
                return value == "true";
            }

            Errors.Add($"{FilePath}:{LineOf(map, key)}: '{key}' must be true or false.");
            return false;
        }

        public int? Number(YamlMappingNode map, YamlNode owner, string key, int min, int max)
        {
            if (Required(map, owner, key) is not { } text)
            {
                return null;
            }

            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max)
            {
                return number;
            }

            Errors.Add($"{FilePath}:{LineOf(map, key)}: '{key}' must be a whole number from {min} to {max}, not '{text}'.");
            return null;
        }

        public decimal? Money(YamlMappingNode map, YamlNode owner, string key)
        {
            if (Required(map, owner, key) is not { } text)
            {
                return null;
            }

            if (decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount) && amount > 0 && amount < 10_000)
            {
                return amount;
            }

            Errors.Add($"{FilePath}:{LineOf(map, key)}: '{key}' must be an amount in dollars like 0.25 or 25.00, not '{text}'.");
            return null;
        }
    }
}
