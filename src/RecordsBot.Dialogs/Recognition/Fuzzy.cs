namespace RecordsBot.Dialogs.Recognition;

/// <summary>Close spellings: optimal-string-alignment (Damerau-Levenshtein) distance and the closeness rule the
/// recognizers share (same first letter not required; at most 1 edit for 4-7 characters, 2 for 8 or more, none
/// below 4).</summary>
public static class Fuzzy
{
    public static int Distance(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Length == 0)
        {
            return b.Length;
        }

        if (b.Length == 0)
        {
            return a.Length;
        }

        // d[i, j] is the distance between the first i characters of a and the first j characters of b.
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var best = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    best = Math.Min(best, d[i - 2, j - 2] + 1);
                }

                d[i, j] = best;
            }
        }

        return d[a.Length, b.Length];
    }

    public static bool IsClose(string typed, string expected)
    {
        // The allowance depends on the length of what was expected; below 4 characters only an exact match is
        // close. The strings are compared as given: callers normalize them first.
        ArgumentNullException.ThrowIfNull(typed);
        ArgumentNullException.ThrowIfNull(expected);
        var allowed = expected.Length switch
        {
            < 4 => 0,
            < 8 => 1,
            _ => 2,
        };

        // Lengths differing by more than the allowance can never be close; skip the table.
        return Math.Abs(typed.Length - expected.Length) <= allowed && Distance(typed, expected) <= allowed;
    }
}
