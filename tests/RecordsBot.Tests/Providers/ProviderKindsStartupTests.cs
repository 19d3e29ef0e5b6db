using RecordsBot.Tests.Infrastructure;

namespace RecordsBot.Tests.Providers;

/// <summary>knowledge/provider-kinds.yaml is content an editor changes: anything in it that does not fit the strings,
/// the knowledge base or the flow stops the start, naming the file and line to fix.</summary>
public sealed class ProviderKindsStartupTests : IDisposable
{
    private const string Kinds = "knowledge/provider-kinds.yaml";
    private const string Flow = "providers.dialog.yaml";
    private const string Strings = "providers.strings.en-US.json";

    private readonly TestDataFolder data = new();

    public void Dispose() => data.Dispose();

    [Theory]
    // The kinds file itself.
    [InlineData(Kinds, "        tip: providers.hospital", "        tips: providers.hospital", Kinds, "tips: providers.hospital", "'tips' is not a key of a kind; the keys are id, label, synonyms, tip, endTip.")]
    [InlineData(Kinds, "      - id: lab\n", "      - id: hospital # was lab\n", Kinds, "hospital # was lab", "kind id 'hospital' is used twice (first on line")]
    [InlineData(Kinds, "    name: providers.name.labs\n", "", Kinds, "  - id: labs", "'name' is missing.")]
    [InlineData(Kinds, "        tip: providers.hospital", "        tip: [providers.hospital, Not A Tag]", Kinds, "tip: [providers.hospital, Not A Tag]", "'Not A Tag' in 'tip' is neither a topic tag")]
    // Against the strings and the knowledge base.
    [InlineData(Kinds, "ask: providers.ask.labs", "ask: providers.ask.labz", Kinds, "ask: providers.ask.labz", "group 'labs' uses string key 'providers.ask.labz' as its ask, which is in no strings file.")]
    [InlineData(Kinds, "        tip: providers.hospital", "        tip: providers.hospitals", Kinds, "tip: providers.hospitals", "kind 'hospital' has tip 'providers.hospitals', but no passage in knowledge/passages.en-US.yaml has that topic tag.")]
    [InlineData(Kinds, "finish: [portal-start-here, portal-apps]", "finish: [portal-start-here, portal-app]", Kinds, "finish: [portal-start-here, portal-app]", "finish names 'portal-app', but no passage in knowledge/passages.en-US.yaml has that id.")]
    [InlineData(Strings, "\"providers.ask.labs\": \"Have you", "\"providers.ask.labs\": \"{name}, have you", Kinds, "ask: providers.ask.labs", "group 'labs' uses string key 'providers.ask.labs' as its ask, whose text uses {name}; it may use no placeholders.")]
    // Against the flow: a group with several kinds asks which one in a choice step that offers exactly its kinds.
    [InlineData(Kinds, "      - id: other-specialist\n", "      - id: neurologist\n        label: providers.kind.otherSpecialist\n      - id: other-specialist\n", Kinds, "- id: neurologist", "kind 'neurologist' of group 'specialists' is not offered by step 'ask-specialists' of providers.dialog.yaml: add it to its choices.")]
    [InlineData(Kinds, "        tip: providers.lab\n", "        tip: providers.lab\n      - id: pathology-lab\n        label: providers.kind.lab\n", Flow, "handler: providers-next-group", "step 'next-group' needs an exit 'labs': where group 'labs' of provider-kinds.yaml, which has several kinds, asks which one.")]
    [InlineData(Flow, "      - value: podiatrist\n        label: providers.kind.podiatrist", "      - value: podiatrist\n        label: providers.kind.dermatologist", Flow, "- value: podiatrist", "step 'ask-specialists' offers kind 'podiatrist' with label 'providers.kind.dermatologist'")]
    [InlineData(Flow, "      health-plans: ask-plans\n\n  # Yes, no", "      health-plans: ask-plans\n      hospitals: ask-group\n\n  # Yes, no", Flow, "hospitals: ask-group", "step 'next-group' has exit 'hospitals', which handler 'providers-next-group' never takes")]
    public void A_kinds_file_that_does_not_fit_stops_the_start_with_the_file_and_line_to_fix(string edit, string find, string replace, string reported, string lineOf, string message)
    {
        var dialogs = data.CopyDialogs();
        var edited = Path.Combine(dialogs, edit);
        var text = File.ReadAllText(edited);
        Assert.Contains(find, text);
        File.WriteAllText(edited, text.Replace(find, replace, StringComparison.Ordinal));
        var file = Path.Combine(dialogs, reported);
        var line = Array.FindIndex(File.ReadAllLines(file), l => l.Contains(lineOf, StringComparison.Ordinal)) + 1;
        Assert.True(line > 0, $"'{lineOf}' is not in {reported}");

        var error = Assert.ThrowsAny<Exception>(() => new RecordsBotApp(data, new Dictionary<string, string?> { ["RecordsBot:DialogsPath"] = dialogs }));

        Assert.Contains($"{file}:{line}: {message}", error.ToString());
    }

    [Fact]
    public void The_real_files_fit_together()
    {
        using var app = new RecordsBotApp(data);

        Assert.NotEmpty(app.Get<RecordsBot.Providers.ProviderKinds>().Groups);
    }
}
