using System.Runtime.Serialization;
using RecordsBot.Dialogs.Prompts;

namespace RecordsBot.Dialogs;

/// <summary>
/// The persisted dialog stack of one conversation (kept in ConversationState as typed JSON). The last frame is the
/// active dialog.
/// </summary>
/// <remarks>
/// A prompt's <see cref="PromptOptions.Args"/> are a copy of the values of the flow frame just below it (a flow begins
/// each prompt with them, and they cannot change while the prompt waits), so they are not stored twice: when the stack
/// is written they are left out wherever they equal that frame's values, and when it is read they are filled back in
/// from it. That is a quarter of a letter conversation's state, which every turn reads, hashes and writes.
/// </remarks>
public sealed class DialogStack
{
    private List<(PromptOptions Options, Dictionary<string, string> Args)>? leftOut;

    public List<DialogInstance> Frames { get; set; } = [];

    [OnSerializing]
    internal void OnSerializing(StreamingContext context)
    {
        leftOut = [];
        LeaveOut(Frames, leftOut);
    }

    [OnSerialized]
    internal void OnSerialized(StreamingContext context)
    {
        foreach (var (options, args) in leftOut ?? [])
        {
            options.Args = args;
        }

        leftOut = null;
    }

    [OnDeserialized]
    internal void OnDeserialized(StreamingContext context) => FillIn(Frames);

    private static void LeaveOut(List<DialogInstance> frames, List<(PromptOptions, Dictionary<string, string>)> leftOut)
    {
        for (var i = 0; i < frames.Count; i++)
        {
            if (frames[i].Prompt?.Options is { Args.Count: > 0 } options && i > 0 && SameValues(options.Args, frames[i - 1].Values))
            {
                leftOut.Add((options, options.Args));
                options.Args = new Dictionary<string, string>(StringComparer.Ordinal);
            }

            if (frames[i].Inner is { } inner)
            {
                LeaveOut(inner, leftOut);
            }
        }
    }

    private static void FillIn(List<DialogInstance> frames)
    {
        for (var i = 0; i < frames.Count; i++)
        {
            if (frames[i].Prompt?.Options is { Args.Count: 0 } options && i > 0)
            {
                options.Args = new Dictionary<string, string>(frames[i - 1].Values, StringComparer.Ordinal);
            }

            if (frames[i].Inner is { } inner)
            {
                FillIn(inner);
            }
        }
    }

    private static bool SameValues(Dictionary<string, string> a, Dictionary<string, string> b) =>
        a.Count == b.Count && a.All(x => b.TryGetValue(x.Key, out var v) && string.Equals(v, x.Value, StringComparison.Ordinal));
}
