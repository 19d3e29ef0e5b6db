namespace RecordsBot.Dialogs.Recognition;

/// <summary>
/// Whether a reply is shaped like a question: it ends with a question mark (closing quotes, brackets and spaces after
/// it ignored), or its first word is a question word ("what", "how", "can", "does", "is"...; "what's" and "whats"
/// count as "what"). The shape only: "what?" is question-shaped, whatever it asks. Used by prompts to hand questions
/// asked in place of an answer to the <see cref="Questions.IQuestionAnswerer"/>.
/// </summary>
public static class QuestionShape
{
    /// <summary>Words that start a question in English. Contractions lose their apostrophe first ("what's" → "whats").</summary>
    private static readonly HashSet<string> QuestionWords = new(StringComparer.Ordinal)
    {
        "what", "whats", "how", "hows", "when", "whens", "who", "whos", "whom", "whose", "why", "whys", "where", "wheres", "which",
        "can", "cant", "do", "dont", "does", "doesnt", "is", "isnt", "are", "arent", "will", "wont", "should", "shouldnt",
        "may", "could", "couldnt", "am", "would", "wouldnt", "must", "did", "didnt",
    };

    /// <summary>Ends with '?' or starts with a question word.</summary>
    public static bool IsQuestion(string text) => EndsWithQuestionMark(text) || StartsWithQuestionWord(text);

    /// <summary>Ends with '?' (or '？'), ignoring closing quotes, brackets and spaces after it.</summary>
    public static bool EndsWithQuestionMark(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.TrimEnd().TrimEnd('"', '\'', ')', ']', '\u201D', '\u2019', ' ');
        return trimmed.EndsWith('?') || trimmed.EndsWith('\uFF1F');
    }

    /// <summary>Its first word (normalized: case, accents and apostrophes ignored) is a question word.</summary>
    public static bool StartsWithQuestionWord(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = TextNormalizer.Words(text);
        return words.Count > 0 && QuestionWords.Contains(words[0]);
    }
}
