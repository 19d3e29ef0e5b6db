namespace RecordsBot.Dialogs.Recognition;

/// <summary>
/// Yes or no from a reply: a whole reply equal (normalized) to one of the words ("yes", "yeah", "y", "nope", "n",
/// "sure"...), or starting with one followed by more words ("yes please", "no thanks"), or "1"/"2" (the order the
/// bot shows Yes and No). Null when it is neither or both.
/// </summary>
public static class ConfirmRecognizer
{
    public static bool? Recognize(string text, ConfirmWords words)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(words);
        var reply = TextNormalizer.Normalize(text);
        switch (reply)
        {
            case "":
                return null;
            case "1":
                return true;
            case "2":
                return false;
        }

        var yes = Normalized(words.Yes);
        var no = Normalized(words.No);

        // A whole-reply match is decided first, so a yes word such as "no problem" is not also read as "no" + more.
        var result = Decide(yes.Contains(reply), no.Contains(reply));
        if (result is not null || yes.Contains(reply) || no.Contains(reply))
        {
            return result;
        }

        return Decide(
            yes.Any(word => reply.StartsWith(word + ' ', StringComparison.Ordinal)),
            no.Any(word => reply.StartsWith(word + ' ', StringComparison.Ordinal)));
    }

    private static bool? Decide(bool isYes, bool isNo) => isYes == isNo ? null : isYes;

    private static HashSet<string> Normalized(IReadOnlyList<string> words) =>
        words.Select(TextNormalizer.Normalize).Where(word => word.Length > 0).ToHashSet(StringComparer.Ordinal);
}
