using System.Text.RegularExpressions;

namespace RecordsBot.Dialogs.Recognition;

/// <summary>
/// A US state from a reply: its USPS code ("TX", "tx", "N.Y."), its name ("new york", "Washington state",
/// "washington dc" → DC), a name inside a short reply ("I live in Ohio"), or a close spelling of the name
/// ("Californa", "Pensylvania": same distance rule as <see cref="ChoiceRecognizer"/>). The 50 states, DC, and
/// PR, GU, VI, AS, MP. Two-letter codes inside a longer reply only count in capitals ("I'm in OH"), so "in", "me",
/// "or", "ok" as words are not read as Indiana, Maine, Oregon or Oklahoma. Null when none or several fit.
/// </summary>
public static class UsStateRecognizer
{
    /// <summary>Replies longer than this many words are not searched for a state name inside them.</summary>
    private const int ShortReplyWords = 10;

    /// <summary>Close spellings inside a longer reply only for names this long, so "main" is not read as Maine.</summary>
    private const int MinFuzzyLettersInsideReply = 6;

    public static IReadOnlyList<UsState> All { get; } =
    [
        new("AL", "Alabama"), new("AK", "Alaska"), new("AZ", "Arizona"), new("AR", "Arkansas"),
        new("CA", "California"), new("CO", "Colorado"), new("CT", "Connecticut"), new("DE", "Delaware"),
        new("FL", "Florida"), new("GA", "Georgia"), new("HI", "Hawaii"), new("ID", "Idaho"),
        new("IL", "Illinois"), new("IN", "Indiana"), new("IA", "Iowa"), new("KS", "Kansas"),
        new("KY", "Kentucky"), new("LA", "Louisiana"), new("ME", "Maine"), new("MD", "Maryland"),
        new("MA", "Massachusetts"), new("MI", "Michigan"), new("MN", "Minnesota"), new("MS", "Mississippi"),
        new("MO", "Missouri"), new("MT", "Montana"), new("NE", "Nebraska"), new("NV", "Nevada"),
        new("NH", "New Hampshire"), new("NJ", "New Jersey"), new("NM", "New Mexico"), new("NY", "New York"),
        new("NC", "North Carolina"), new("ND", "North Dakota"), new("OH", "Ohio"), new("OK", "Oklahoma"),
        new("OR", "Oregon"), new("PA", "Pennsylvania"), new("RI", "Rhode Island"), new("SC", "South Carolina"),
        new("SD", "South Dakota"), new("TN", "Tennessee"), new("TX", "Texas"), new("UT", "Utah"),
        new("VT", "Vermont"), new("VA", "Virginia"), new("WA", "Washington"), new("WV", "West Virginia"),
        new("WI", "Wisconsin"), new("WY", "Wyoming"),
        new("DC", "District of Columbia"),
        new("PR", "Puerto Rico"), new("GU", "Guam"), new("VI", "U.S. Virgin Islands"), new("AS", "American Samoa"),
        new("MP", "Northern Mariana Islands"),
    ];

    /// <summary>A whole reply that is a code in any case: "TX", "tx", "N.Y.", "n y".</summary>
    private static readonly Regex WholeCode = new(@"^\s*([A-Za-z])\.?\s?([A-Za-z])\.?\s*$", RegexOptions.CultureInvariant);

    /// <summary>A code in capitals standing alone inside a reply: "OH", "N.Y.".</summary>
    private static readonly Regex CodeInside = new(@"(?<![\p{L}\p{N}.'’])([A-Z])\.?([A-Z])\.?(?![\p{L}\p{N}'’])", RegexOptions.CultureInvariant);

    private static readonly Dictionary<string, UsState> ByCode = All.ToDictionary(state => state.Code, StringComparer.OrdinalIgnoreCase);

    /// <summary>Every normalized name people use for a state: its own name and a few other ways to say it.</summary>
    private static readonly (string[] Words, UsState State)[] Names =
    [
        .. All.Select(state => (Words(state.Name), state)),
        .. new (string Name, string Code)[]
        {
            ("washington state", "WA"), ("washington dc", "DC"), ("washington d c", "DC"), ("d c", "DC"),
            ("virgin islands", "VI"), ("us virgin islands", "VI"), ("mariana islands", "MP"), ("northern marianas", "MP"),
        }.Select(alias => (Words(alias.Name), ByCode[alias.Code])),
    ];

    public static UsState? Recognize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (WholeCode.Match(text) is { Success: true } code)
        {
            return FromCode(code.Groups[1].Value + code.Groups[2].Value);
        }

        var words = TextNormalizer.Words(text);
        if (words.Count == 0)
        {
            return null;
        }

        var exact = Names.Where(name => name.Words.SequenceEqual(words)).Select(name => name.State).Distinct().ToList();
        if (exact.Count > 0)
        {
            return Single(exact);
        }

        if (words.Count > ShortReplyWords)
        {
            return null;
        }

        var contained = ContainedNames(words).Concat(CapitalCodes(text)).Distinct().ToList();
        if (contained.Count > 0)
        {
            return Single(contained);
        }

        return Single(CloseNames(words).Distinct().ToList());
    }

    public static UsState? FromCode(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        var letters = new string([.. code.Where(char.IsLetter)]);
        return letters.Length == 2 && ByCode.TryGetValue(letters, out var state) ? state : null;
    }

    private static UsState? Single(List<UsState> states) => states.Count == 1 ? states[0] : null;

    private static string[] Words(string name) => [.. TextNormalizer.Words(name)];

    /// <summary>Names found as whole words, except one inside a longer name found at the same place
    /// ("washington" inside "washington dc", "virginia" inside "west virginia").</summary>
    private static IEnumerable<UsState> ContainedNames(IReadOnlyList<string> words)
    {
        var found = new List<(int Start, int End, UsState State)>();
        foreach (var (nameWords, state) in Names)
        {
            for (var start = 0; start + nameWords.Length <= words.Count; start++)
            {
                if (nameWords.Select((word, i) => word == words[start + i]).All(same => same))
                {
                    found.Add((start, start + nameWords.Length, state));
                }
            }
        }

        return found
            .Where(match => !found.Any(other => other.End - other.Start > match.End - match.Start
                && other.Start <= match.Start && other.End >= match.End))
            .Select(match => match.State);
    }

    /// <summary>Codes typed in capitals inside a longer reply ("I'm in OH", "Albany, N.Y."). Only when the reply
    /// also has small letters: in a reply typed all in capitals, "IN" and "OR" are just words.</summary>
    private static IEnumerable<UsState> CapitalCodes(string text)
    {
        if (!text.Any(char.IsLower))
        {
            yield break;
        }

        foreach (Match match in CodeInside.Matches(text))
        {
            if (FromCode(match.Groups[1].Value + match.Groups[2].Value) is { } state)
            {
                yield return state;
            }
        }
    }

    /// <summary>Names spelled closely: the whole reply, or a run of as many words inside it for longer names.</summary>
    private static IEnumerable<UsState> CloseNames(IReadOnlyList<string> words)
    {
        var reply = string.Join(' ', words);
        foreach (var (nameWords, state) in Names)
        {
            var name = string.Join(' ', nameWords);
            if (Fuzzy.IsClose(reply, name))
            {
                yield return state;
                continue;
            }

            if (name.Length < MinFuzzyLettersInsideReply)
            {
                continue;
            }

            for (var start = 0; start + nameWords.Length <= words.Count; start++)
            {
                if (Fuzzy.IsClose(string.Join(' ', words.Skip(start).Take(nameWords.Length)), name))
                {
                    yield return state;
                    break;
                }
            }
        }
    }
}
