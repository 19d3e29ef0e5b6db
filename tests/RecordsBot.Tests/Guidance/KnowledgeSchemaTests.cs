using System.Text.Json;
using RecordsBot.Guidance;

namespace RecordsBot.Tests.Guidance;

/// <summary>The editor schemas of the knowledge files allow exactly the keys the loader reads, and every knowledge
/// file points at its schema.</summary>
public sealed class KnowledgeSchemaTests
{
    private static readonly string Dialogs = Path.Combine(AppContext.BaseDirectory, "dialogs");

    private static JsonElement Schema(string name) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(Dialogs, "schema", name))).RootElement;

    private static List<string> Keys(JsonElement objectSchema) =>
        objectSchema.GetProperty("properties").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToList();

    [Fact]
    public void The_passage_schema_has_the_loaders_keys()
    {
        var item = Schema("passages.schema.json").GetProperty("items");
        Assert.Equal(KnowledgeLoader.PassageKeys.Order(StringComparer.Ordinal), Keys(item));
        Assert.False(item.GetProperty("additionalProperties").GetBoolean());
    }

    [Fact]
    public void The_states_schema_has_the_loaders_keys()
    {
        var root = Schema("states.schema.json");
        Assert.Equal(KnowledgeLoader.StateKeys.Order(StringComparer.Ordinal), Keys(root.GetProperty("additionalProperties")));
        Assert.Equal(KnowledgeLoader.DeadlineKeys.Order(StringComparer.Ordinal), Keys(root.GetProperty("$defs").GetProperty("deadline")));
        Assert.Equal(KnowledgeLoader.FeeKeys.Order(StringComparer.Ordinal), Keys(root.GetProperty("$defs").GetProperty("fee")));
    }

    [Theory]
    [InlineData("passages.en-US.yaml", "passages.schema.json")]
    [InlineData("states.yaml", "states.schema.json")]
    public void Each_knowledge_file_points_its_editor_at_its_schema(string file, string schema) =>
        Assert.Equal($"# yaml-language-server: $schema=../schema/{schema}", File.ReadLines(Path.Combine(Dialogs, "knowledge", file)).First());
}
