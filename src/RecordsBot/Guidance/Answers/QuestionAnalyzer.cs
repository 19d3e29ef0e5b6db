using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace RecordsBot.Guidance.Answers;

/// <summary>
/// How passages and questions are cut into words for search, the same way for both: Lucene's English analyzer
/// (standard tokenizer, possessives, lower case, Porter stemming) with a longer stop-word list than Lucene's own, since
/// questions are full of words that carry no subject ("what", "can", "my", "does", "because"). Word lists here are for
/// matching, not for saying: nothing in this file is shown to a person.
/// </summary>
public static class QuestionAnalyzer
{
    public static readonly LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>Words that never tell one passage from another.</summary>
    private static readonly string[] StopWords =
    [
        // Lucene's English stop words.
        "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "if", "in", "into", "is", "it", "no", "not", "of",
        "on", "or", "such", "that", "the", "their", "then", "there", "these", "they", "this", "to", "was", "will", "with",

        // Question words, helpers and pronouns.
        "what", "whats", "how", "hows", "when", "who", "whom", "whose", "why", "where", "which", "can", "cant", "cannot",
        "could", "couldnt", "do", "does", "did", "dont", "doesnt", "didnt", "am", "have", "has", "had", "would", "should",
        "may", "might", "must", "shall", "i", "im", "me", "my", "mine", "myself", "you", "your", "we", "our", "us", "he",
        "she", "him", "her", "his", "its", "them", "those", "than", "so", "any", "some", "about", "from", "up", "out",
        "there", "here", "been", "being", "were", "because", "just", "also", "only", "still", "even", "very", "much",
        "many", "too", "please", "ok", "okay", "hi", "hello", "thanks", "thank", "really", "actually", "anyone", "someone",
        "something", "anything", "thing", "things", "way", "ways", "one", "ones", "all", "own", "s", "t",
    ];

    private static readonly CharArraySet StopSet = new(Version, StopWords, ignoreCase: true);

    /// <summary>A new analyzer. One may serve many threads: Lucene keeps each thread's token stream apart.</summary>
    public static Analyzer Create() => new EnglishAnalyzer(Version, StopSet);

    /// <summary>The stems of <paramref name="text"/> in order, without stop words.</summary>
    public static IReadOnlyList<string> Stems(Analyzer analyzer, string field, string text)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        var stems = new List<string>();
        using var stream = analyzer.GetTokenStream(field, Normalize(text));
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            stems.Add(term.ToString());
        }

        stream.End();
        return stems;
    }

    /// <summary>Typographic apostrophes made plain and dropped inside words ("don’t" → "dont"), as people type both.</summary>
    private static string Normalize(string text) =>
        text.Replace('\u2019', '\'').Replace('\u2018', '\'').Replace("'s ", " ", StringComparison.Ordinal).Replace("'", string.Empty, StringComparison.Ordinal);
}
