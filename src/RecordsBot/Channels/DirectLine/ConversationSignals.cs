using System.Collections.Concurrent;

namespace RecordsBot.Channels.DirectLine;

/// <summary>Wakes the open streams of a conversation when an activity is added to it.</summary>
public sealed class ConversationSignals
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource> waiting = new(StringComparer.Ordinal);

    /// <summary>A task that completes at the next <see cref="Pulse"/> for the conversation. Take it before reading.</summary>
    public Task NextAsync(string conversationId) =>
        waiting.GetOrAdd(conversationId, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

    public void Pulse(string conversationId)
    {
        if (waiting.TryRemove(conversationId, out var signal))
        {
            signal.TrySetResult();
        }
    }
}
