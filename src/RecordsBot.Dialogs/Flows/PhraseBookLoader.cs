using YamlDotNet.RepresentationModel;

namespace RecordsBot.Dialogs.Flows;

/// <summary>
/// Reads <c>dialogs/phrases.en-US.yaml</c>: for each flow id, example phrases people use for that topic. Returns
/// (flow id, phrase, line) triples; problems are reported as <c>file:line: what</c>.
/// </summary>
public static class PhraseBookLoader
{
    public const string FileName = "phrases.en-US.yaml";

    public static IReadOnlyList<(string Target, string Phrase, int Line)> Load(string path, List<string> errors)
    {
        var result = new List<(string, string, int)>();
        if (!File.Exists(path))
        {
            return result;
        }

        if (YamlFiles.LoadMapping(path, errors, "the file maps each flow id to a list of phrases.") is not { } root)
        {
            return result;
        }

        foreach (var (key, value) in root.Children)
        {
            var target = (key as YamlScalarNode)?.Value;
            if (string.IsNullOrEmpty(target) || value is not YamlSequenceNode phrases || phrases.Children.Count == 0)
            {
                errors.Add($"{path}:{key.Start.Line}: each entry is a flow id with a list of phrases.");
                continue;
            }

            foreach (var phrase in phrases.Children)
            {
                if (phrase is YamlScalarNode { Value: { Length: > 0 } text })
                {
                    result.Add((target, text, (int)phrase.Start.Line));
                }
                else
                {
                    errors.Add($"{path}:{phrase.Start.Line}: a phrase is one line of text.");
                }
            }
        }

        return result;
    }
}
