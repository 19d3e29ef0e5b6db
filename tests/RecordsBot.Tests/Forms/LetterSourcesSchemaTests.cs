using System.Text.Json;
using RecordsBot.Forms.Composition;

namespace RecordsBot.Tests.Forms;

/// <summary>dialogs/schema/letter-sources.schema.json gives editors completion and inline errors: it must name exactly
/// the statements the app asks for, with the keys the loader reads, and the file must point at it.</summary>
public sealed class LetterSourcesSchemaTests
{
    private static readonly string Dialogs = Path.Combine(AppContext.BaseDirectory, "dialogs");

    [Fact]
    public void The_schema_requires_exactly_the_statements_and_keys_of_the_loader()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(Dialogs, "schema", "letter-sources.schema.json")));
        var root = schema.RootElement;

        Assert.Equal(LetterSources.Required.Order(), root.GetProperty("required").EnumerateArray().Select(e => e.GetString()!).Order());
        Assert.Equal(LetterSources.Required.Order(), root.GetProperty("properties").EnumerateObject().Select(p => p.Name).Order());
        Assert.Equal(["cite", "days", "passage"], root.GetProperty("$defs").GetProperty("statement").GetProperty("properties").EnumerateObject().Select(p => p.Name).Order());
        Assert.Equal("#/$defs/withDays", root.GetProperty("properties").GetProperty(LetterSources.ComplaintWindow).GetProperty("$ref").GetString());
    }

    [Fact]
    public void The_sources_file_points_vs_code_at_the_schema_on_its_first_line()
    {
        var first = File.ReadLines(Path.Combine(Dialogs, LetterSources.Folder, LetterSources.FileName)).First();

        Assert.Equal("# yaml-language-server: $schema=../schema/letter-sources.schema.json", first);
    }
}
