using System.Text.Json;
using RecordsBot.Providers;
using RecordsBot.Tests.Infrastructure;

namespace RecordsBot.Tests.Providers;

/// <summary>dialogs/schema/provider-kinds.schema.json gives editors completion and inline errors: it must allow exactly
/// the keys the loader reads, and the kinds file must point at it.</summary>
public sealed class ProviderKindsSchemaTests
{
    private static readonly string Dialogs = Path.Combine(RepoPaths.Root, "dialogs");

    [Fact]
    public void The_schema_allows_exactly_the_keys_of_the_loader()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(Dialogs, "schema", "provider-kinds.schema.json")));
        var root = schema.RootElement;
        var definitions = root.GetProperty("$defs");

        Assert.Equal("https://json-schema.org/draft/2020-12/schema", root.GetProperty("$schema").GetString());
        Assert.Equal(Sorted(ProviderKindsLoader.RootKeys), Keys(root));
        Assert.Equal(Sorted(ProviderKindsLoader.GroupKeys), Keys(definitions.GetProperty("group")));
        Assert.Equal(Sorted(ProviderKindsLoader.KindKeys), Keys(definitions.GetProperty("kind")));
    }

    [Fact]
    public void The_kinds_file_points_vs_code_at_the_schema_on_its_first_line()
    {
        var first = File.ReadLines(Path.Combine(Dialogs, "knowledge", ProviderKinds.FileName)).First();

        Assert.Equal("# yaml-language-server: $schema=../schema/provider-kinds.schema.json", first);
    }

    private static List<string> Keys(JsonElement node) => Sorted(node.GetProperty("properties").EnumerateObject().Select(p => p.Name));

    private static List<string> Sorted(IEnumerable<string> names) => names.Order(StringComparer.Ordinal).ToList();
}
