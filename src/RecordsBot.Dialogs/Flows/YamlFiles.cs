using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace RecordsBot.Dialogs.Flows;

/// <summary>Reads a YAML file of the dialogs folder whose content is one mapping, reporting broken YAML as
/// <c>file:line: what</c>.</summary>
internal static class YamlFiles
{
    /// <summary>The file's root mapping, or null after adding the problem to <paramref name="errors"/>.</summary>
    public static YamlMappingNode? LoadMapping(string path, List<string> errors, string expected)
    {
        Parser? parser = null;
        try
        {
            var stream = new YamlStream();
            using (var reader = new StreamReader(path))
            {
                parser = new Parser(reader);
                stream.Load(parser);
            }

            if (stream.Documents.Count == 1 && stream.Documents[0].RootNode is YamlMappingNode root)
            {
                return root;
            }

            errors.Add($"{path}:1: {expected}");
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
