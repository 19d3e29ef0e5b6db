using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace RecordsBot.Dialogs.Flows;

/// <summary>Reads a YAML file of the dialogs folder (flows, phrases, and the app's knowledge files), reporting
/// broken YAML as <c>file:line: what</c>.</summary>
public static class YamlFiles
{
    /// <summary>The file's root mapping, or null after adding the problem to <paramref name="errors"/>.</summary>
    public static YamlMappingNode? LoadMapping(string path, List<string> errors, string expected)
    {
        var root = LoadRoot(path, errors);
        if (root is YamlMappingNode mapping)
        {
            return mapping;
        }

        if (root is not null)
        {
            errors.Add($"{path}:1: {expected}");
        }

        return null;
    }

    /// <summary>The root node of a file holding one YAML document (a mapping, a list…), or null after adding the
    /// problem (a missing file, broken YAML, several documents) to <paramref name="errors"/> as <c>file:line: what</c>.</summary>
    public static YamlNode? LoadRoot(string path, List<string> errors)
    {
        if (!File.Exists(path))
        {
            errors.Add($"{path}:1: the file is missing.");
            return null;
        }

        Parser? parser = null;
        try
        {
            var stream = new YamlStream();
            using (var reader = new StreamReader(path))
            {
                parser = new Parser(reader);
                stream.Load(parser);
            }

            if (stream.Documents.Count == 1)
            {
                return stream.Documents[0].RootNode;
            }

            errors.Add($"{path}:1: the file must hold exactly one YAML document.");
        }
        catch (YamlException e)
        {
            errors.Add($"{path}:{e.Start.Line}: {e.InnerException?.Message ?? e.Message}");
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this instead of a YamlException on some broken files (an unclosed "[").
            errors.Add($"{path}:{parser?.Current?.Start.Line ?? 1}: the YAML is broken from here on: is a bracket or a quote not closed?");
        }

        return null;
    }
}
