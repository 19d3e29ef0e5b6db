using RecordsBot.Guidance;
using RecordsBot.Guidance.Answers;

namespace RecordsBot.Tests.Guidance;

/// <summary>The search rule on a few test-only passages (fixtures/), so it is checked apart from the real content.</summary>
public sealed class PassageSearchRuleTests : IDisposable
{
    private readonly PassageSearch search = new(Fixture());

    public static KnowledgeBase Fixture()
    {
        var errors = new List<string>();
        var passages = KnowledgeLoader.LoadPassages(Path.Combine(AppContext.BaseDirectory, "Guidance", "fixtures", "passages.en-US.yaml"), errors);
        Assert.Empty(errors);
        return new KnowledgeBase(passages, new Dictionary<string, StateRules>());
    }

    public void Dispose() => search.Dispose();

    private SearchResult Find(string question) => search.Find(question, CancellationToken.None);

    [Theory]
    [InlineData("can they charge me for searching for my records?", "fees-never")]
    [InlineData("What are psychotherapy notes", "notes")]
    [InlineData("how long does a hospital in Texas have?", "tx-deadline")]
    [InlineData("how long do they have?", "deadline")]
    [InlineData("How much is it?", "fees-reasonable")]
    [InlineData("Don’t they have a DEADLINE?", "deadline")]
    public void A_question_its_passages_cover_is_answered_by_the_best_passage(string question, string expected)
    {
        var found = Find(question);

        Assert.Equal(SearchOutcome.Answered, found.Outcome);
        Assert.Equal(expected, found.Answer[0].Id);
    }

    [Theory]
    [InlineData("how do I bake bread?")]
    [InlineData("what's the weather in Texas?")]
    [InlineData("can my landlord charge me?")]
    [InlineData("who won the super bowl?")]
    public void A_question_whose_rarest_words_no_passage_has_is_unknown(string question)
    {
        var found = Find(question);

        Assert.Equal(SearchOutcome.Unknown, found.Outcome);
        Assert.Empty(found.Answer);
        Assert.All(found.Ranked, hit => Assert.True(hit.Coverage < PassageSearch.MinCoverage));
    }

    [Theory]
    [InlineData("what?")]
    [InlineData("how do I get my medical records?")]
    [InlineData("can I get a copy of my health information")]
    [InlineData("")]
    [InlineData("?!")]
    public void A_question_of_only_stop_words_and_generic_words_has_nothing_to_look_up(string question) =>
        Assert.Equal(SearchOutcome.NothingToLookUp, Find(question).Outcome);

    [Fact]
    public void Coverage_weighs_rare_words_more_and_a_word_no_passage_has_the_most()
    {
        // "texas" is in one passage, "weather" in none: covering "texas" alone is less than half.
        var hit = Find("weather in Texas?").Ranked[0];

        Assert.Equal("tx-deadline", hit.Passage.Id);
        var texas = 1 + Math.Log(7.0 / 2);
        var weather = 1 + Math.Log(7.0 / 1);
        Assert.Equal(texas / (texas + weather), hit.Coverage, 9);
    }

    [Fact]
    public void A_second_passage_about_as_good_and_different_is_said_too()
    {
        var found = Find("and by mail?");

        Assert.Equal(SearchOutcome.Answered, found.Outcome);
        Assert.Equal(["mail", "email"], found.Answer.Select(p => p.Id));
    }

    [Fact]
    public void At_most_two_passages_and_only_the_best_when_the_next_covers_less()
    {
        var found = Find("can they charge a search fee?");

        Assert.Equal(["fees-never"], found.Answer.Select(p => p.Id));
        Assert.True(found.Ranked[1].Coverage < found.Ranked[0].Coverage);
    }

    [Fact]
    public void The_same_question_always_gets_the_same_result()
    {
        var first = Find("is there a fee to search for my records by mail?");
        using var again = new PassageSearch(Fixture());

        var second = again.Find("is there a fee to search for my records by mail?", CancellationToken.None);

        Assert.Equal(first.Outcome, second.Outcome);
        Assert.Equal(first.Answer.Select(p => p.Id), second.Answer.Select(p => p.Id));
        Assert.Equal(first.Ranked.Select(h => (h.Passage.Id, h.Coverage)), second.Ranked.Select(h => (h.Passage.Id, h.Coverage)));
    }

    [Fact]
    public void A_cancelled_search_stops()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.Throws<OperationCanceledException>(() => search.Find("what are psychotherapy notes?", cancelled.Token));
    }
}
