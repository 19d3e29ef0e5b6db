using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace RecordsBot.Guidance.Answers;

/// <summary>
/// Finds the passages of the knowledge base that answer a free-text question, offline and deterministically, or
/// decides that none does. Every passage is indexed in memory with Lucene (its text, its keywords, and its topic tags as
/// words: <c>fees.never</c> → "fees never"), stemmed with English stop words removed (<see cref="QuestionAnalyzer"/>).
/// <para>The rule, in order:</para>
/// <list type="number">
/// <item>The question's content words are its stems without stop words and without <see cref="GenericWords"/>, words
/// every question about records uses ("records", "medical", "health", "get", "copy"...). Two idioms stand for a subject:
/// "how long" also matches deadline and days, "how much" also matches fee, cost, charge and price. No content word: there
/// is nothing to look up (<see cref="SearchOutcome.NothingToLookUp"/>).</item>
/// <item>Each content word weighs its rarity among the passages, Lucene's classic idf: 1 + ln(N / (df + 1)), with N the
/// number of passages and df how many contain the word. A word no passage has weighs the most, so a question about
/// something the knowledge base never mentions ("landlord", "weather") cannot be answered by its other words.</item>
/// <item>Lucene ranks passages (classic TF-IDF; keywords count double); of its best <see cref="Candidates"/>,
/// each passage's coverage is the weight of the content words it contains divided by the weight of all of them. The
/// best passage has the highest coverage; equal coverage goes to Lucene's higher score, then to the earlier passage.</item>
/// <item>It answers only when the best coverage is at least <see cref="MinCoverage"/>; otherwise RecordsBot does not
/// know (<see cref="SearchOutcome.Unknown"/>).</item>
/// <item>The second passage is said too when it is about as good (the same coverage, and at least
/// <see cref="SecondScoreShare"/> of the best one's score) and different (fewer than half of their words shared).</item>
/// </list>
/// </summary>
public sealed class PassageSearch : IDisposable
{
    /// <summary>The least coverage for an answer.</summary>
    public const double MinCoverage = 0.5;

    /// <summary>How close to the best score the second passage must come.</summary>
    public const double SecondScoreShare = 0.9;

    /// <summary>The most passages Lucene hands over for the coverage rule.</summary>
    public const int Candidates = 10;

    private const double Tolerance = 1e-9;

    private const string TextField = "text";
    private const string KeywordsField = "keywords";
    private const string TopicsField = "topics";
    private const string OrderField = "order";

    /// <summary>Words any question about getting records may use, which tell no passage from another.</summary>
    public static readonly IReadOnlyList<string> GenericWords =
    [
        "record", "records", "medical", "medically", "health", "healthcare", "get", "getting", "got", "copy", "copies",
        "chart", "charts", "file", "files", "information", "info", "want", "need", "know", "tell", "help", "like", "go",
        "make", "let", "give", "take", "takes", "say", "said", "ask", "asked", "them", "people", "person", "someone", "somebody",
    ];

    /// <summary>Two-word idioms of questions that stand for a subject, with the words that subject is written in.</summary>
    private static readonly (string First, string Second, string[] Means)[] Idioms =
    [
        ("how", "long", ["long", "deadline", "days"]),
        ("how", "much", ["fee", "cost", "charge", "price"]),
    ];

    private readonly Analyzer analyzer = QuestionAnalyzer.Create();
    private readonly RAMDirectory directory = new();
    private readonly DirectoryReader reader;
    private readonly IndexSearcher searcher;
    private readonly IReadOnlyList<Passage> passages;
    private readonly List<HashSet<string>> wordsOf = [];
    private readonly Dictionary<string, int> passagesWith = new(StringComparer.Ordinal);
    private readonly HashSet<string> generic;

    public PassageSearch(KnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        passages = knowledge.Passages;
        generic = GenericWords.SelectMany(w => QuestionAnalyzer.Stems(analyzer, TextField, w)).ToHashSet(StringComparer.Ordinal);
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(QuestionAnalyzer.Version, analyzer)))
        {
            for (var i = 0; i < passages.Count; i++)
            {
                var passage = passages[i];
                var topics = string.Join(' ', passage.Topics.Select(t => t.Replace('.', ' ').Replace('-', ' ')));
                var keywords = string.Join(". ", passage.Keywords);
                writer.AddDocument(
                [
                    new StoredField(OrderField, i),
                    new TextField(TextField, passage.Text, Field.Store.NO),
                    new TextField(KeywordsField, keywords, Field.Store.NO),
                    new TextField(TopicsField, topics, Field.Store.NO),
                ]);

                var words = new HashSet<string>(StringComparer.Ordinal);
                words.UnionWith(QuestionAnalyzer.Stems(analyzer, TextField, passage.Text));
                words.UnionWith(QuestionAnalyzer.Stems(analyzer, KeywordsField, keywords));
                words.UnionWith(QuestionAnalyzer.Stems(analyzer, TopicsField, topics));
                wordsOf.Add(words);
                foreach (var word in words)
                {
                    passagesWith[word] = passagesWith.GetValueOrDefault(word) + 1;
                }
            }

            writer.Commit();
        }

        reader = DirectoryReader.Open(directory);
        searcher = new IndexSearcher(reader);
    }

    /// <summary>The decision on <paramref name="question"/> (see the rule above).</summary>
    public SearchResult Find(string question, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(question);
        cancellationToken.ThrowIfCancellationRequested();
        var units = ContentUnits(question);
        if (units.Count == 0)
        {
            return SearchResult.NothingToLookUp;
        }

        var query = new BooleanQuery();
        foreach (var word in units.SelectMany(u => u.Words).Distinct(StringComparer.Ordinal))
        {
            query.Add(new TermQuery(new Term(TextField, word)), Occur.SHOULD);
            query.Add(new TermQuery(new Term(KeywordsField, word)) { Boost = 2f }, Occur.SHOULD);
            query.Add(new TermQuery(new Term(TopicsField, word)), Occur.SHOULD);
        }

        var total = units.Sum(u => u.Weight);
        var ranked = searcher.Search(query, Candidates).ScoreDocs
            .Select(hit =>
            {
                var order = searcher.Doc(hit.Doc).GetField(OrderField).GetInt32Value()!.Value;
                var covered = units.Where(u => u.Words.Overlaps(wordsOf[order])).Sum(u => u.Weight);
                return (Order: order, Hit: new PassageHit(passages[order], hit.Score, covered / total));
            })
            .OrderByDescending(h => Math.Round(h.Hit.Coverage, 9))
            .ThenByDescending(h => h.Hit.Score)
            .ThenBy(h => h.Order)
            .ToList();

        if (ranked.Count == 0 || ranked[0].Hit.Coverage < MinCoverage - Tolerance)
        {
            return new SearchResult(SearchOutcome.Unknown, [], ranked.Select(h => h.Hit).ToList());
        }

        var best = ranked[0];
        var answer = new List<Passage> { best.Hit.Passage };
        if (ranked.Count > 1 && ranked[1] is var second
            && second.Hit.Coverage >= best.Hit.Coverage - Tolerance
            && second.Hit.Score >= SecondScoreShare * best.Hit.Score
            && Shared(wordsOf[best.Order], wordsOf[second.Order]) < 0.5)
        {
            answer.Add(second.Hit.Passage);
        }

        return new SearchResult(SearchOutcome.Answered, answer, ranked.Select(h => h.Hit).ToList());
    }

    public void Dispose()
    {
        reader.Dispose();
        directory.Dispose();
        analyzer.Dispose();
    }

    /// <summary>The question's content words, each with the words that count as it and its weight.</summary>
    private List<(HashSet<string> Words, double Weight)> ContentUnits(string question)
    {
        var units = new List<(HashSet<string> Words, double Weight)>();
        var lower = " " + string.Join(' ', question.ToLowerInvariant().Split((char[])[' ', ',', '.', '?', '!', ';', ':'], StringSplitOptions.RemoveEmptyEntries)) + " ";
        foreach (var (first, second, means) in Idioms)
        {
            if (lower.Contains($" {first} {second} ", StringComparison.Ordinal))
            {
                var words = means.SelectMany(m => QuestionAnalyzer.Stems(analyzer, TextField, m)).ToHashSet(StringComparer.Ordinal);
                units.Add((words, words.Min(Weight)));
            }
        }

        foreach (var stem in QuestionAnalyzer.Stems(analyzer, TextField, question).Distinct(StringComparer.Ordinal))
        {
            if (!generic.Contains(stem) && !units.Any(u => u.Words.Contains(stem)))
            {
                units.Add(([stem], Weight(stem)));
            }
        }

        return units;
    }

    /// <summary>Lucene's classic idf over the passages: rare words weigh more, words no passage has the most.</summary>
    private double Weight(string stem) => 1 + Math.Log((double)Math.Max(passages.Count, 1) / (passagesWith.GetValueOrDefault(stem) + 1));

    /// <summary>The share of the smaller word set that the other one also has.</summary>
    private static double Shared(HashSet<string> a, HashSet<string> b) =>
        a.Count == 0 || b.Count == 0 ? 0 : (double)a.Count(b.Contains) / Math.Min(a.Count, b.Count);
}
