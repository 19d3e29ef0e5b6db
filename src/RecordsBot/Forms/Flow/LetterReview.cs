using RecordsBot.Dialogs;
using RecordsBot.Dialogs.Recognition;

namespace RecordsBot.Forms.Flow;

/// <summary>What a reply at the summary asks for: <see cref="Write"/>, or the id of the field to change (by its number
/// in the summary, <c>summaryFields</c>, or by its name); null when it is neither.</summary>
public static class LetterReview
{
    public const string Write = "write";

    public static string? Read(DialogEnvironment environment, string? channelId, IReadOnlyDictionary<string, string> values, string reply)
    {
        var texts = environment.Texts;
        var shown = (values.GetValueOrDefault(LetterValues.SummaryFields) ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries);
        // A number picks a line (the confirm words would read "1" as yes).
        if (LetterWords.Number(reply) is { } n)
        {
            return n >= 1 && n <= shown.Length ? shown[n - 1] : null;
        }

        if (ConfirmRecognizer.Recognize(reply, environment.ConfirmWords(channelId)) == true || LetterWords.IsOneOf(texts, LetterTextKeys.ReviewWriteWords, channelId, reply))
        {
            return Write;
        }

        return LetterWords.Named(reply, shown.Select(f => (f, texts.GetList(LetterFields.SynonymsKey(f), channelId).Append(texts.Get(LetterFields.LabelKey(f), channelId)))));
    }
}
