using System.Text.RegularExpressions;
using RecordsBot.Dialogs.Flows;
using YamlDotNet.RepresentationModel;

namespace RecordsBot.Providers;

/// <summary>Reads provider-kinds.yaml strictly: unknown or missing keys, bad or duplicate ids and empty groups are
/// problems with the line they are on. Whether its keys, tags and choices fit the other files is checked by
/// <see cref="ProviderKindsCheck"/>.</summary>
internal static partial class ProviderKindsLoader
{
    internal static readonly string[] RootKeys = ["groups", "finish"];
    internal static readonly string[] GroupKeys = ["id", "ask", "more", "name", "state", "sameState", "kinds"];
    internal static readonly string[] KindKeys = ["id", "label", "synonyms", "tip", "endTip"];

    public static ProviderKinds? Load(string path, List<string> errors)
    {
        if (YamlFiles.LoadRoot(path, errors) is not { } root)
        {
            return null;
        }

        var file = new Reader(path, errors);
        if (file.Map(root, "the file", RootKeys) is not { } map)
        {
            return null;
        }

        var groups = new List<ProviderGroup>();
        var groupIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var kindIds = new Dictionary<string, int>(StringComparer.Ordinal);
        if (!map.Children.TryGetValue("groups", out var groupsNode) || groupsNode is not YamlSequenceNode groupList || groupList.Children.Count == 0)
        {
            errors.Add($"{path}:{Line(groupsNode ?? root)}: 'groups' must be a list of at least one group (- id: …).");
        }
        else
        {
            foreach (var node in groupList.Children)
            {
                if (file.Map(node, "a group", GroupKeys) is not { } group)
                {
                    continue;
                }

                var id = file.Id(group, node, "group", groupIds);
                var ask = file.Required(group, node, "ask");
                var more = file.Required(group, node, "more");
                var name = file.Required(group, node, "name");
                var kinds = new List<ProviderKind>();
                if (!group.Children.TryGetValue("kinds", out var kindsNode) || kindsNode is not YamlSequenceNode kindList || kindList.Children.Count == 0)
                {
                    errors.Add($"{path}:{Line(kindsNode ?? node)}: group '{id}' needs 'kinds': a list of at least one kind (- id: …).");
                }
                else
                {
                    foreach (var kindNode in kindList.Children)
                    {
                        if (file.Map(kindNode, "a kind", KindKeys) is not { } kind)
                        {
                            continue;
                        }

                        var kindId = file.Id(kind, kindNode, "kind", kindIds);
                        var label = file.Required(kind, kindNode, "label");
                        if (kindId is not null && label is not null && id is not null)
                        {
                            kinds.Add(new ProviderKind(kindId, id, label, file.Optional(kind, "synonyms"), file.Tips(kind, "tip"), file.Tips(kind, "endTip"), Lines(kind, kindNode)));
                        }
                    }
                }

                if (id is not null && ask is not null && more is not null && name is not null && kinds.Count > 0)
                {
                    groups.Add(new ProviderGroup(id, ask, more, name, file.Optional(group, "state"), file.Optional(group, "sameState"), kinds, Lines(group, node)));
                }
            }
        }

        var finish = file.Tips(map, "finish");
        return new ProviderKinds(path, groups, finish, map.Children.TryGetValue("finish", out var finishNode) ? Line(finishNode) : Line(root));
    }

    private static int Line(YamlNode node) => YamlDataReader.Line(node);

    /// <summary>The line of the mapping itself (key "") and of each of its keys.</summary>
    private static Dictionary<string, int> Lines(YamlMappingNode map, YamlNode node)
    {
        var lines = new Dictionary<string, int>(StringComparer.Ordinal) { [string.Empty] = Line(node) };
        foreach (var key in map.Children.Keys.OfType<YamlScalarNode>())
        {
            lines[key.Value ?? string.Empty] = Line(key);
        }

        return lines;
    }

    [GeneratedRegex(@"^[a-z][a-z0-9-]*$")]
    private static partial Regex IdPattern();

    /// <summary>A passage id (no dot) or a topic tag (words joined by dots; a state is state.TX).</summary>
    [GeneratedRegex(@"^([a-z][a-z0-9-]*)(\.([a-z][a-z0-9-]*|[A-Z]{2}))*$")]
    private static partial Regex TipPattern();

    /// <summary>Reads values out of the file's nodes, adding each problem with its line.</summary>
    private sealed class Reader(string path, List<string> errors) : YamlDataReader(path, errors)
    {
        public string? Optional(YamlMappingNode map, string key)
        {
            if (!map.Children.TryGetValue(key, out var node))
            {
                return null;
            }

            if (node is YamlScalarNode { Value: { } value } && value.Trim().Length > 0)
            {
                return value.Trim();
            }

            Errors.Add($"{FilePath}:{Line(node)}: '{key}' must be a text that is not empty (or leave the key out).");
            return null;
        }

        public string? Id(YamlMappingNode map, YamlNode owner, string what, Dictionary<string, int> seen)
        {
            var id = Required(map, owner, "id");
            var line = map.Children.TryGetValue("id", out var node) ? Line(node) : Line(owner);
            if (id is null)
            {
                return null;
            }

            if (!IdPattern().IsMatch(id))
            {
                Errors.Add($"{FilePath}:{line}: {what} id '{id}' must be lower-case letters, digits and hyphens, starting with a letter.");
                return null;
            }

            if (!seen.TryAdd(id, line))
            {
                Errors.Add($"{FilePath}:{line}: {what} id '{id}' is used twice (first on line {seen[id]}).");
                return null;
            }

            return id;
        }

        /// <summary>One passage reference or a list of them: topic tags (with a dot) or passage ids.</summary>
        public IReadOnlyList<string> Tips(YamlMappingNode map, string key)
        {
            if (!map.Children.TryGetValue(key, out var node))
            {
                return [];
            }

            var items = node switch
            {
                YamlScalarNode { Value.Length: > 0 } one => [one],
                YamlSequenceNode list when list.Children.Count > 0 && list.Children.All(c => c is YamlScalarNode { Value.Length: > 0 }) => list.Children.Cast<YamlScalarNode>().ToList(),
                _ => null,
            };
            if (items is null)
            {
                Errors.Add($"{FilePath}:{Line(node)}: '{key}' must be a topic tag or passage id, or a list of them ([a.b, passage-id]).");
                return [];
            }

            var tips = new List<string>();
            foreach (var item in items)
            {
                var tip = item.Value!.Trim();
                if (TipPattern().IsMatch(tip))
                {
                    tips.Add(tip);
                }
                else
                {
                    Errors.Add($"{FilePath}:{Line(item)}: '{tip}' in '{key}' is neither a topic tag (lower-case words joined by '.', like providers.hospital) nor a passage id (lower-case letters, digits and hyphens, like portal-apps).");
                }
            }

            return tips;
        }
    }
}
