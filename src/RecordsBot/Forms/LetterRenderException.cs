namespace RecordsBot.Forms;

/// <summary>A letter could not be made. <see cref="TextKey"/> names the sentence (in dialogs/) that tells the person what
/// to change; <see cref="Detail"/> is for operators and never holds what the person typed.</summary>
public sealed class LetterRenderException(string textKey, string detail, IReadOnlyDictionary<string, string>? values = null) : Exception(detail)
{
    public string TextKey { get; } = textKey;

    public string Detail { get; } = detail;

    /// <summary>Placeholders for the text (for example the characters that could not be printed).</summary>
    public IReadOnlyDictionary<string, string> Values { get; } = values ?? new Dictionary<string, string>();
}
