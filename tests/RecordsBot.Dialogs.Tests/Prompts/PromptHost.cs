using RecordsBot.Dialogs.Prompts;
using RecordsBot.Dialogs.Recognition;
using RecordsBot.Dialogs.Tests.Support;
using RecordsBot.Dialogs.Texts;

namespace RecordsBot.Dialogs.Tests.Prompts;

/// <summary>A root dialog that asks one prompt and records what it came back with.</summary>
internal sealed class PromptHost
{
    public static readonly List<ChoiceDefinition> Fruits =
    [
        new() { Value = "apples", LabelKey = "apples.label" },
        new() { Value = "pears", LabelKey = "pears.label", SynonymsKey = "pears.synonyms" },
    ];

    public PromptHost(PromptKind kind, PromptOptions options, TimeProvider? time = null, IEnumerable<IPromptValidator>? validators = null, PhraseMatcher? phrases = null, params Dialog[] others)
    {
        var host = new ScriptedDialog("host")
        {
            OnBegin = (dc, _) => dc.PromptAsync(PromptKinds.DialogId(kind), options, CancellationToken.None),
            OnResume = (dc, result) =>
            {
                Results.Add(result);
                return dc.EndDialogAsync(result, CancellationToken.None);
            },
        };
        Conversation = new Conversation(TestEnvironment.Prompts([host, .. others]), TestEnvironment.Create(Texts, phrases, null, validators, time));
    }

    public static TextCatalog Texts { get; } = EngineTexts.Catalog(
        ("q", "Your answer?"),
        ("own.retry", "Try again, please."),
        ("own.help", "Here is how to answer."),
        ("apples.label", "Apples"),
        ("pears.label", "Pears"),
        ("pears.synonyms", "pear, the green ones"),
        ("number.odd", "That number is odd."),
        ("topic.about", "About the topic."));

    public Conversation Conversation { get; }

    public List<DialogResult> Results { get; } = [];

    public Task<List<string>> StartAsync(string channel = "webchat", Microsoft.Bot.Schema.Activity? like = null) =>
        TextsOf(Conversation.WithContextAsync(dc => dc.BeginDialogAsync("host", null, CancellationToken.None), channel: channel, adjust: a => Copy(like, a)));

    public Task<List<string>> ReplyAsync(string text, string channel = "webchat", Microsoft.Bot.Schema.Activity? like = null) =>
        TextsOf(Conversation.WithContextAsync(dc => dc.ContinueDialogAsync(CancellationToken.None), text, channel, a => Copy(like, a)));

    /// <summary>The value the prompt ended with, after asking and one reply.</summary>
    public static async Task<DialogResult?> AnswerAsync(PromptKind kind, PromptOptions options, string reply, TimeProvider? time = null, Microsoft.Bot.Schema.Activity? like = null)
    {
        var host = new PromptHost(kind, options, time);
        await host.StartAsync(like: like);
        await host.ReplyAsync(reply, like: like);
        return host.Results.SingleOrDefault();
    }

    private static void Copy(Microsoft.Bot.Schema.Activity? from, Microsoft.Bot.Schema.Activity to)
    {
        if (from is not null)
        {
            to.LocalTimezone = from.LocalTimezone;
            to.LocalTimestamp = from.LocalTimestamp;
        }
    }

    private static async Task<List<string>> TextsOf(Task<List<Microsoft.Bot.Schema.Activity>> sent) => Replies.Texts(await sent);
}
