using YamlDotNet.RepresentationModel;

namespace RecordsBot.Dialogs.Flows;

/// <summary>
/// Reads values out of one data file of dialogs/ (the app's knowledge files, provider kinds) strictly: a key the
/// file may not have, a missing or empty text, are added to the errors as <c>file:line: what is wrong</c>. A loader
/// derives its own reader for the value kinds only it has (lists of tags, amounts of money).
/// </summary>
public class YamlDataReader(string path, List<string> errors)
{
    /// <summary>The file read, as problems name it.</summary>
    protected string FilePath { get; } = path;

    /// <summary>Where problems go, as <c>file:line: what is wrong</c>.</summary>
    protected List<string> Errors { get; } = errors;

    public static int Line(YamlNode node) => (int)node.Start.Line;

    /// <summary><paramref name="node"/> as a mapping whose keys are all in <paramref name="allowed"/> (each other
    /// key is a problem, the mapping is still returned); null after a problem when it is no mapping.</summary>
    public YamlMappingNode? Map(YamlNode node, string what, IReadOnlyList<string> allowed)
    {
        if (node is not YamlMappingNode map)
        {
            Errors.Add($"{FilePath}:{Line(node)}: {what} must be a mapping of keys (key: value).");
            return null;
        }

        foreach (var key in map.Children.Keys.OfType<YamlScalarNode>().Where(k => !allowed.Contains(k.Value, StringComparer.Ordinal)))
        {
            Errors.Add($"{FilePath}:{Line(key)}: '{key.Value}' is not a key of {what}; the keys are {string.Join(", ", allowed)}.");
        }

        return map;
    }

    /// <summary>The line of <paramref name="key"/> in <paramref name="map"/>, or of the mapping when it has no such key.</summary>
    public int LineOf(YamlMappingNode map, string key) =>
        map.Children.Keys.OfType<YamlScalarNode>().FirstOrDefault(k => k.Value == key) is { } k ? Line(k) : Line(map);

    /// <summary>The trimmed text of <paramref name="key"/>; null after a problem when the key is missing (said at the
    /// line of <paramref name="owner"/>) or its value is not a text with something in it.</summary>
    public string? Required(YamlMappingNode map, YamlNode owner, string key)
    {
        if (!map.Children.TryGetValue(key, out var node))
        {
            Errors.Add($"{FilePath}:{Line(owner)}: '{key}' is missing.");
            return null;
        }

        if (node is not YamlScalarNode { Value: { } value } || value.Trim().Length == 0)
        {
            Errors.Add($"{FilePath}:{Line(node)}: '{key}' must be a text that is not empty.");
            return null;
        }

        return value.Trim();
    }
}
