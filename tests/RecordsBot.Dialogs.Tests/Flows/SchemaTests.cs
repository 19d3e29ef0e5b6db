using System.Text.Json;
using RecordsBot.Dialogs.Flows;
using RecordsBot.Dialogs.Prompts;
using RecordsBot.Dialogs.Recognition;

namespace RecordsBot.Dialogs.Tests.Flows;

/// <summary>
/// The JSON Schemas in dialogs/schema give editors completion and inline errors. They must say what the loader
/// accepts, so these tests compare them with <see cref="FlowLoader"/>'s own key lists: a key added to the loader and
/// not to the schema (or the other way round) fails here.
/// </summary>
public sealed class SchemaTests
{
    private const string SchemaComment = "# yaml-language-server: $schema=schema/dialog.schema.json";

    private static readonly string Dialogs = Path.Combine(RepoRoot(), "dialogs");

    [Theory]
    [InlineData("dialog.schema.json")]
    [InlineData("phrases.schema.json")]
    [InlineData("strings.schema.json")]
    public void Each_schema_is_valid_json_for_draft_2020_12(string name)
    {
        using var schema = ReadSchema(name);

        Assert.Equal(JsonValueKind.Object, schema.RootElement.ValueKind);
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", schema.RootElement.GetProperty("$schema").GetString());
    }

    [Fact]
    public void The_dialog_schema_allows_exactly_the_root_keys_of_the_loader()
    {
        using var schema = ReadSchema("dialog.schema.json");
        var root = schema.RootElement;

        Assert.Equal(Sorted(FlowLoader.RootKeys), PropertyNames(root));
        Assert.False(root.GetProperty("additionalProperties").GetBoolean());
        Assert.Equal(["id", "steps", "title"], Sorted(root.GetProperty("required").EnumerateArray().Select(e => e.GetString()!)));
    }

    [Fact]
    public void The_dialog_schema_has_one_branch_per_step_kind_with_exactly_the_keys_of_the_loader()
    {
        using var schema = ReadSchema("dialog.schema.json");
        var definitions = schema.RootElement.GetProperty("$defs");
        var branches = definitions.GetProperty("step").GetProperty("oneOf").EnumerateArray()
            .Select(b => b.GetProperty("$ref").GetString()!)
            .ToList();

        Assert.Equal(Sorted(Enum.GetValues<FlowStepKind>().Select(k => "#/$defs/" + KindName(k) + "Step")), Sorted(branches));
        foreach (var kind in Enum.GetValues<FlowStepKind>())
        {
            var branch = definitions.GetProperty(KindName(kind) + "Step");

            Assert.Equal(Sorted(["id", .. FlowLoader.KindKeys[kind]]), PropertyNames(branch));
            Assert.False(branch.GetProperty("additionalProperties").GetBoolean(), $"{kind} allows other keys");
            var required = branch.GetProperty("required").EnumerateArray().Select(e => e.GetString()).ToList();
            Assert.Contains("id", required);
            Assert.Contains(KindName(kind), required);
        }
    }

    [Fact]
    public void The_dialog_schema_names_every_prompt_kind_and_date_range()
    {
        using var schema = ReadSchema("dialog.schema.json");
        var prompt = schema.RootElement.GetProperty("$defs").GetProperty("promptStep").GetProperty("properties");

        Assert.Equal(Sorted(Enum.GetValues<PromptKind>().Select(PromptKinds.Name)), Sorted(Strings(prompt.GetProperty("prompt").GetProperty("enum"))));
        Assert.Equal(Sorted(Enum.GetNames<DateRange>().Select(n => n.ToLowerInvariant())), Sorted(Strings(prompt.GetProperty("range").GetProperty("enum"))));
    }

    [Fact]
    public void Every_property_of_the_dialog_schema_has_hover_help()
    {
        using var schema = ReadSchema("dialog.schema.json");
        var missing = new List<string>();
        Visit(schema.RootElement, "#");

        Assert.Empty(missing);

        void Visit(JsonElement node, string path)
        {
            if (node.ValueKind != JsonValueKind.Object)
            {
                return;
            }

            if (node.TryGetProperty("properties", out var properties) && !path.Contains("/if", StringComparison.Ordinal)
                && !path.Contains("/then", StringComparison.Ordinal) && !path.Contains("/else", StringComparison.Ordinal))
            {
                foreach (var property in properties.EnumerateObject())
                {
                    if (!HasDescription(property.Value, schema.RootElement))
                    {
                        missing.Add(path + "/properties/" + property.Name);
                    }
                }
            }

            foreach (var child in node.EnumerateObject())
            {
                if (child.Value.ValueKind == JsonValueKind.Array)
                {
                    var i = 0;
                    foreach (var item in child.Value.EnumerateArray())
                    {
                        Visit(item, $"{path}/{child.Name}/{i++}");
                    }
                }
                else
                {
                    Visit(child.Value, path + "/" + child.Name);
                }
            }
        }
    }

    [Fact]
    public void Every_dialog_file_points_vs_code_at_the_schema_on_its_first_line()
    {
        var files = Directory.GetFiles(Dialogs, "*" + FlowLoader.Extension);

        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            Assert.True(File.ReadLines(file).FirstOrDefault() == SchemaComment, $"{Path.GetFileName(file)} must start with '{SchemaComment}'.");
        }
    }

    private static bool HasDescription(JsonElement property, JsonElement root)
    {
        if (property.TryGetProperty("description", out _))
        {
            return true;
        }

        // A property that only refers to a definition takes that definition's description.
        return property.TryGetProperty("$ref", out var reference)
            && reference.GetString() is { } target
            && target.StartsWith("#/$defs/", StringComparison.Ordinal)
            && root.GetProperty("$defs").GetProperty(target["#/$defs/".Length..]).TryGetProperty("description", out _);
    }

    private static JsonDocument ReadSchema(string name) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(Dialogs, "schema", name)));

    private static List<string> PropertyNames(JsonElement schema) =>
        Sorted(schema.GetProperty("properties").EnumerateObject().Select(p => p.Name));

    private static IEnumerable<string> Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!);

    private static List<string> Sorted(IEnumerable<string> names) => names.Order(StringComparer.Ordinal).ToList();

    private static string KindName(FlowStepKind kind) => kind.ToString().ToLowerInvariant();

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "RecordsBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No RecordsBot.sln above {AppContext.BaseDirectory}.");
    }
}
