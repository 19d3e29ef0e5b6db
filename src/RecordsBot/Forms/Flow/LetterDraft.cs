namespace RecordsBot.Forms.Flow;

/// <summary>What the person told the letter flow in this conversation (kept in ConversationState, so "delete my data"
/// erases it with the rest of the conversation): their answers, reused for their next letter or after a stop.</summary>
public sealed class LetterDraft
{
    public Dictionary<string, string> Values { get; set; } = new(StringComparer.Ordinal);
}
