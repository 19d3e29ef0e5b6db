using RecordsBot.Dialogs.Flows;
using RecordsBot.Dialogs.Tests.Support;

namespace RecordsBot.Dialogs.Tests.FlowTests;

/// <summary>Checks across the files of a dialogs folder, all reported at once by <see cref="DialogCatalog.Load"/>.</summary>
public sealed class DialogCatalogTests : IDisposable
{
    private readonly TempDialogs dialogs = new();

    public void Dispose() => dialogs.Dispose();

    private string Flow(string id, params string[] lines) => dialogs.Write(id + ".dialog.yaml", [$"id: {id}", $"title: {id}.title", .. lines]);

    private List<string> Relative(IEnumerable<string> problems) =>
        problems.Select(p => p.Replace(dialogs.Folder + Path.DirectorySeparatorChar, string.Empty, StringComparison.Ordinal)).ToList();

    [Fact]
    public void A_good_folder_loads_its_flows_texts_and_phrases()
    {
        dialogs.Strings(("main.title", "Main"), ("hello", "Hello."));
        Flow("main", "steps:", "  - id: a", "    say: hello");
        dialogs.Write("phrases.en-US.yaml", "main:", "  - say hello");

        var catalog = dialogs.Load(flows: ["main"], textKeys: ["hello"]);

        Assert.Equal(["main"], catalog.Flows.Keys);
        Assert.Equal("Hello.", catalog.Texts.Get("hello", "webchat"));
        Assert.Equal("main", catalog.Phrases!.Match("please say hello")!.Target);
        Assert.IsType<FlowDialog>(catalog.CreateDialogSet().Find("main"));
        Assert.NotNull(catalog.CreateDialogSet().Find("prompt.state"));
    }

    [Fact]
    public void A_missing_folder()
    {
        var missing = Path.Combine(dialogs.Folder, "nope");

        var error = Assert.Throws<DialogLoadException>(() => DialogCatalog.Load(missing, new DialogCatalogRequirements([], [], [], [])));

        Assert.Equal([$"{missing}: the dialogs folder does not exist (set RecordsBot:DialogsPath)."], error.Problems);
    }

    [Fact]
    public void Missing_string_key_and_title()
    {
        dialogs.Strings();
        Flow("main", "steps:", "  - id: a", "    say: [hello]");

        Assert.Equal(
            [
                "main.dialog.yaml:2: title 'main.title' is not a key in strings.en-US.json.",
                "main.dialog.yaml:5: step 'a' uses string key 'hello', which is not in strings.en-US.json.",
            ],
            Relative(dialogs.Problems()));
    }

    [Fact]
    public void Missing_choice_label_synonyms_retry_and_help_keys()
    {
        dialogs.Strings(("main.title", "Main"), ("q", "Q?"));
        Flow(
            "main",
            "steps:",
            "  - id: a",
            "    prompt: choice",
            "    text: q",
            "    retry: q.retry",
            "    help: q.help",
            "    choices:",
            "      - value: x",
            "        label: x.label",
            "        synonyms: x.words",
            "      - value: y",
            "        label: q");

        Assert.Equal(
            ["q.retry", "q.help", "x.label", "x.words"],
            Relative(dialogs.Problems()).Select(p => p.Split('\'')[3]).ToList());
    }

    [Fact]
    public void Unknown_handler_and_validator()
    {
        dialogs.Strings(("main.title", "Main"), ("q", "Q?"));
        Flow("main", "steps:", "  - id: a", "    handler: mystery", "  - id: b", "    prompt: number", "    text: q", "    validate: odd");

        Assert.Equal(
            [
                "main.dialog.yaml:5: step 'a' calls handler 'mystery', which the app does not have (known: delete-my-data, setup).",
                "main.dialog.yaml:9: step 'b' uses validator 'odd', which the app does not have.",
            ],
            Relative(dialogs.Problems(handlers: ["setup", "delete-my-data"], validators: ["even"])));
    }

    [Fact]
    public void Begin_of_a_missing_flow_and_a_missing_input()
    {
        dialogs.Strings(("main.title", "Main"), ("child.title", "Child"), ("hi", "Hi."));
        Flow("main", "steps:", "  - id: a", "    begin: ghost", "  - id: b", "    begin: child", "  - id: c", "    replace: child", "    with: [name]", "  - id: d", "    handler: h", "    sets: [name]");
        Flow("child", "inputs: [name]", "steps:", "  - id: a", "    say: hi");

        Assert.Equal(
            [
                "main.dialog.yaml:5: step 'a' begins flow 'ghost', which has no ghost.dialog.yaml file.",
                "main.dialog.yaml:7: step 'b' begins flow 'child' without its input 'name' (add it to 'with').",
            ],
            Relative(dialogs.Problems(handlers: ["h"])));
    }

    [Fact]
    public void A_phrase_target_that_is_not_a_flow()
    {
        dialogs.Strings(("main.title", "Main"), ("hi", "Hi."));
        Flow("main", "steps:", "  - id: a", "    say: hi");
        dialogs.Write("phrases.en-US.yaml", "main:", "  - hello", "ghost:", "  - boo", "  - spooky");

        Assert.Equal(["phrases.en-US.yaml:4: 'ghost' is not a flow (no ghost.dialog.yaml file)."], Relative(dialogs.Problems()));
    }

    [Fact]
    public void A_flow_the_app_needs_is_missing()
    {
        dialogs.Strings();

        Assert.Equal(
            ["main.dialog.yaml:1: the app needs flow 'main', and there is no such file.", "delete-my-data.dialog.yaml:1: the app needs flow 'delete-my-data', and there is no such file."],
            Relative(dialogs.Problems(flows: ["main", "delete-my-data"])));
    }

    [Fact]
    public void Missing_engine_and_app_string_keys()
    {
        dialogs.StringsWithout([EngineTextKeys.DialogGiveUp, "retry.date"]);

        Assert.Equal(
            ["strings.en-US.json:1: missing string keys: dialog.giveUp, retry.date, welcome.greeting."],
            Relative(dialogs.Problems(textKeys: ["welcome.greeting"])));
    }

    [Fact]
    public void Several_problems_of_several_files_are_reported_at_once()
    {
        dialogs.Write("strings.en-US.json", "{", "  \"a\": \"A\",", "  \"a\": \"again\"", "}");
        Flow("one", "steps:", "  - id: a", "    shout: x");
        Flow("two", "steps:", "  - id: a", "    say: a", "    next: nowhere");
        dialogs.Write("phrases.en-US.yaml", "one: [unclosed");

        var error = Assert.Throws<DialogLoadException>(() => dialogs.Load());

        var problems = Relative(error.Problems);
        Assert.Equal(
            [
                "strings.en-US.json:3: 'a' is already defined at strings.en-US.json:2.",
                "one.dialog.yaml:4: step 'a' has no step kind: found shout; expected one of say, prompt, branch, handler, begin, replace, end.",
                "two.dialog.yaml:6: step 'a' goes next to 'nowhere', which is not a step of this flow.",
            ],
            problems.Take(3));
        Assert.StartsWith("phrases.en-US.yaml:2: ", problems[3]);
        Assert.StartsWith("The dialogs folder has 4 problems:" + Environment.NewLine, error.Message);
    }

    [Fact]
    public void Several_problems_across_files_are_reported_at_once()
    {
        dialogs.StringsWithout([EngineTextKeys.DialogChanged], ("main.title", "Main"));
        Flow("main", "steps:", "  - id: a", "    say: nokey", "  - id: b", "    handler: mystery", "  - id: c", "    begin: ghost");

        Assert.Equal(5, dialogs.Problems(flows: ["main", "other"]).Count);
    }

    [Fact]
    public void Every_dialog_file_of_the_real_folder_loads()
    {
        var folder = Path.Combine(RepoRoot(), "dialogs");

        var catalog = LoadRealFolder();

        var files = Directory.EnumerateFiles(folder, "*" + FlowLoader.Extension).Select(f => Path.GetFileName(f)[..^FlowLoader.Extension.Length]).Order(StringComparer.Ordinal);
        Assert.Equal(files, catalog.Flows.Keys.Order(StringComparer.Ordinal));
        Assert.NotNull(catalog.Phrases);
        Assert.All(EngineTextKeys.Required(), key => Assert.True(catalog.Texts.Has(key), key));
    }

    [Fact]
    public async Task The_real_main_menu_runs()
    {
        var catalog = LoadRealFolder();
        var conversation = TempDialogs.Converse(catalog);

        var menu = await conversation.SendAsync("hello");

        Assert.Equal(catalog.Texts.Get("menu.prompt", "webchat"), Replies.TextOf(Assert.Single(menu)));
        Assert.Equal(7, Replies.Suggestions(menu[0]).Count);
    }

    /// <summary>The app's dialogs/ folder. Its handlers and validators are the app's (its own start-up check proves they
    /// exist); the engine takes every name the files use.</summary>
    private static DialogCatalog LoadRealFolder()
    {
        var folder = Path.Combine(RepoRoot(), "dialogs");
        var errors = new List<string>();
        var steps = Directory.EnumerateFiles(folder, "*" + FlowLoader.Extension)
            .Select(file => FlowLoader.Load(file, errors))
            .OfType<FlowDefinition>()
            .SelectMany(flow => flow.Steps)
            .ToList();
        Assert.Empty(errors);
        var handlers = steps.Select(s => s.Handler).OfType<string>().Append("delete-my-data").Distinct().ToList();
        var validators = steps.Select(s => s.Validator).OfType<string>().Distinct().ToList();
        return DialogCatalog.Load(folder, new DialogCatalogRequirements(handlers, validators, ["main", "delete-my-data"], []));
    }

    internal static string RepoRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "RecordsBot.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("RecordsBot.sln not found above " + AppContext.BaseDirectory);
    }
}
