using Microsoft.Bot.Builder;

namespace RecordsBot.Forms.Flow;

/// <summary>Reads and keeps the conversation's <see cref="LetterDraft"/>; saved with the turn's conversation state.</summary>
public sealed class LetterDrafts(ConversationState conversationState)
{
    private readonly IStatePropertyAccessor<LetterDraft> draft = conversationState.CreateProperty<LetterDraft>("letterDraft");

    public async Task<IReadOnlyDictionary<string, string>> ReadAsync(ITurnContext turn, CancellationToken cancellationToken) =>
        (await draft.GetAsync(turn, () => new LetterDraft(), cancellationToken)).Values;

    /// <summary>Keeps the answers named in <paramref name="names"/> that are set (nothing else).</summary>
    public Task KeepAsync(ITurnContext turn, IReadOnlyDictionary<string, string> values, IEnumerable<string> names, CancellationToken cancellationToken) =>
        draft.SetAsync(turn, new LetterDraft
        {
            Values = names.Where(n => !string.IsNullOrWhiteSpace(values.GetValueOrDefault(n))).ToDictionary(n => n, n => values[n], StringComparer.Ordinal),
        }, cancellationToken);
}
