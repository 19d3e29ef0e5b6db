using System.Text.Json;
using RecordsBot.Dialogs.Flows;
using RecordsBot.Dialogs.Prompts;

namespace RecordsBot.Dialogs.Tests.Support;

/// <summary>A dialogs folder in the temp directory, written by a test and deleted afterwards.</summary>
public sealed class TempDialogs : IDisposable
{
    public TempDialogs()
    {
        Folder = Path.Combine(Path.GetTempPath(), "recordsbot-dialogs-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
    }

    public string Folder { get; }

    public string PathOf(string name) => Path.Combine(Folder, name);

    /// <summary>Writes a file from lines joined with \n, so line numbers in tests are the lines given.</summary>
    public string Write(string name, params string[] lines)
    {
        var path = PathOf(name);
        File.WriteAllText(path, string.Join('\n', lines) + "\n");
        return path;
    }

    /// <summary>Writes strings.en-US.json with every engine key and <paramref name="extra"/>.</summary>
    public string Strings(params (string Key, string Text)[] extra) =>
        StringsWithout([], extra);

    public string StringsWithout(string[] omit, params (string Key, string Text)[] extra)
    {
        var texts = EngineTexts.With(extra.Select(e => KeyValuePair.Create(e.Key, e.Text)));
        foreach (var key in omit)
        {
            texts.Remove(key);
        }

        var path = PathOf(RecordsBot.Dialogs.Texts.TextCatalog.FileName);
        File.WriteAllText(path, JsonSerializer.Serialize(texts, new JsonSerializerOptions { WriteIndented = true }));
        return path;
    }

    public DialogCatalog Load(string[]? handlers = null, string[]? validators = null, string[]? flows = null, string[]? textKeys = null) =>
        DialogCatalog.Load(Folder, new DialogCatalogRequirements(handlers ?? [], validators ?? [], flows ?? [], textKeys ?? []));

    public IReadOnlyList<string> Problems(string[]? handlers = null, string[]? validators = null, string[]? flows = null, string[]? textKeys = null) =>
        Assert.Throws<DialogLoadException>(() => Load(handlers, validators, flows, textKeys)).Problems;

    /// <summary>The problems <see cref="FlowLoader"/> finds in one file.</summary>
    public List<string> FlowProblems(string name, params string[] lines)
    {
        var path = Write(name, lines);
        var errors = new List<string>();
        var flow = FlowLoader.Load(path, errors);
        Assert.True(errors.Count > 0 ? flow is null : flow is not null);
        return errors;
    }

    /// <summary>A conversation over the catalog's flows and prompts, with <paramref name="root"/> as the root.</summary>
    public static Conversation Converse(DialogCatalog catalog, string root = "main", IEnumerable<IFlowHandler>? handlers = null, IEnumerable<IPromptValidator>? validators = null, TimeProvider? time = null, int smsMaxLength = 306, Questions.IQuestionAnswerer? questions = null) =>
        new(catalog.CreateDialogSet(), TestEnvironment.Create(catalog.Texts, catalog.Phrases, handlers, validators, time, smsMaxLength, questions), root);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a leftover temp folder must not fail a test.
        }
    }
}
