using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace RecordsBot.Dialogs.Tests.Support;

/// <summary>
/// One conversation driven turn by turn without a web server: each turn builds a <see cref="TurnContext"/> on a
/// <see cref="RecordingAdapter"/>, reads the stack back from JSON (as ConversationState stores it), runs the engine,
/// and writes the stack to JSON again. What the engine sent in the turn is returned.
/// </summary>
public sealed class Conversation(DialogSet dialogs, DialogEnvironment environment, string rootDialogId = "root")
{
    private static readonly JsonSerializerSettings Json = new() { TypeNameHandling = TypeNameHandling.None };

    public DialogSet Dialogs { get; } = dialogs;

    public DialogEnvironment Environment { get; } = environment;

    public DialogRunner Runner { get; } = new(dialogs, environment, rootDialogId);

    /// <summary>The stack as stored between turns.</summary>
    public string StackJson { get; set; } = JsonConvert.SerializeObject(new DialogStack(), Json);

    public DialogStack Stack => Read(StackJson);

    public DialogTurnResult? LastResult { get; private set; }

    /// <summary>The ids of the stack's frames, bottom first.</summary>
    public List<string> Frames => Stack.Frames.Select(f => f.Id).ToList();

    public static DialogStack Read(string json) => JsonConvert.DeserializeObject<DialogStack>(json, Json)!;

    public static string Write(DialogStack stack) => JsonConvert.SerializeObject(stack, Json);

    public static Activity Message(string text, string channel = "webchat") => new()
    {
        Type = ActivityTypes.Message,
        Id = Guid.NewGuid().ToString("N"),
        ChannelId = channel,
        Text = text,
        Conversation = new ConversationAccount(id: "conversation-1"),
        From = new ChannelAccount("person-1", "Person"),
        Recipient = new ChannelAccount("bot", "RecordsBot"),
        ServiceUrl = "https://example.test",
    };

    /// <summary>The person says <paramref name="text"/>: <see cref="DialogRunner.ContinueAsync"/>.</summary>
    public Task<List<Activity>> SendAsync(string text, string channel = "webchat", Action<Activity>? adjust = null) =>
        RunAsync((turn, stack) => Runner.ContinueAsync(turn, stack, text, CancellationToken.None), text, channel, adjust);

    /// <summary>Texts of what the engine answered to <paramref name="text"/>.</summary>
    public async Task<List<string>> SayAsync(string text, string channel = "webchat", Action<Activity>? adjust = null) =>
        Replies.Texts(await SendAsync(text, channel, adjust));

    /// <summary>Runs any runner operation as one turn.</summary>
    public async Task<List<Activity>> RunAsync(Func<ITurnContext, DialogStack, Task<DialogTurnResult>> action, string text = "", string channel = "webchat", Action<Activity>? adjust = null)
    {
        var adapter = new RecordingAdapter();
        var activity = Message(text, channel);
        adjust?.Invoke(activity);
        using var turn = new TurnContext(adapter, activity);
        var stack = Read(StackJson);
        LastResult = await action(turn, stack);
        StackJson = Write(stack);
        return adapter.Sent;
    }

    /// <summary>Runs an operation on a <see cref="DialogContext"/> of the stored stack as one turn.</summary>
    public Task<List<Activity>> WithContextAsync(Func<DialogContext, Task<DialogTurnResult>> action, string text = "", string channel = "webchat", Action<Activity>? adjust = null) =>
        RunAsync((turn, stack) => action(Dialogs.CreateContext(turn, stack, Environment)), text, channel, adjust);
}
