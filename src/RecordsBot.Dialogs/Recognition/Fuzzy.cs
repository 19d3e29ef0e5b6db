namespace RecordsBot.Dialogs.Recognition;

/// <summary>Close spellings: optimal-string-alignment (Damerau-Levenshtein) distance and the closeness rule the
/// recognizers share (same first letter not required; at most 1 edit for 4-7 characters, 2 for 8 or more, none
/// below 4).</summary>
public static class Fuzzy
{
    public static int Distance(string a, string b) => throw new NotImplementedException();

    public static bool IsClose(string typed, string expected) => throw new NotImplementedException();
}
