using RecordsBot.Guidance;
using RecordsBot.Guidance.Answers;

namespace RecordsBot.Tests.Guidance;

/// <summary>
/// The search against the real knowledge base (dialogs/knowledge/): questions people ask → the passage that answers
/// them, and questions it has no source for → "I don't know". When passages are edited, these tables say whether
/// questions still find their answers.
/// </summary>
public sealed class KnowledgeAnswersTests : IDisposable
{
    private readonly PassageSearch search = new(KnowledgeBase.Load(Path.Combine(AppContext.BaseDirectory, "dialogs")));

    public void Dispose() => search.Dispose();

    /// <summary>Question → the id of a passage the answer must contain (first, unless marked).</summary>
    public static TheoryData<string, string> Answered() => new()
    {
        { "can they charge me for searching for my records?", "fees-never" },
        { "is it legal for them to charge a retrieval fee?", "fees-never" },
        { "what are psychotherapy notes?", "withheld-psychotherapy-notes" },
        { "can I get my therapy notes?", "withheld-psychotherapy-notes" },
        { "how long does a hospital in Texas have?", "tx-deadlines" },
        { "can my doctor refuse because I owe money?", "may-not-list" },
        { "how do I fix a mistake in my chart?", "amend-right" },
        { "how much can they charge me?", "fees-what-allowed" },
        { "how long does it take?", "deadline-30-days" },
        { "what if they don't answer in 30 days?", "deadline-no-notice" },
        { "my mom died, can I get her records?", "executor-who" },
        { "can I get my kid's records?", "parent-usually" },
        { "do I need a notary?", "may-not-notary" },
        { "what ID do I need?", "id-photo-common" },
        { "how do I complain?", "complain-where" },
        { "can they make me use the portal?", "portal-not-required" },
        { "is there a fee for electronic copies?", "fees-electronic-per-page" },
        { "what should the denial letter say?", "withheld-denial-letter" },
        { "can my lawyer get my records?", "third-party-how" },
        { "do I need to sign an authorization form?", "push-authorization" },
        { "what can they charge for paper copies in Texas?", "tx-fees-doctors" },
        { "how much does it cost in California?", "ca-fees" },
        { "can they hold back my records?", "withheld-harm-grounds" },
        { "what is HIPAA?", "access-right-basics" },
        { "my husband passed away, can I get his records?", "executor-who" },
        { "will they refuse if I can't pay my bill?", "push-unpaid-bill" },
    };

    public static TheoryData<string> Unknown() =>
    [
        "how do I bake bread?",
        "what's the weather in Ohio?",
        "who won the super bowl?",
        "can my landlord see my records?",
        "is my employer allowed to see my records?",
        "what's the capital of France?",
        "how do I reset my password?",
        "can you book me an appointment?",
        "what is the best pizza in Chicago?",
        "how do I sue my doctor?",
        "are you a real person?",
        "who is the president?",
        "how do I lose weight?",
        "how do I get my covid vaccine card?",
    ];

    [Theory]
    [MemberData(nameof(Answered))]
    public void A_question_the_sources_answer_gets_the_right_passage(string question, string expected)
    {
        var found = search.Find(question, CancellationToken.None);

        Assert.Equal(SearchOutcome.Answered, found.Outcome);
        Assert.InRange(found.Answer.Count, 1, 2);
        Assert.Contains(expected, found.Answer.Select(p => p.Id));
    }

    [Theory]
    [MemberData(nameof(Unknown))]
    public void A_question_without_a_source_gets_i_dont_know(string question) =>
        Assert.Equal(SearchOutcome.Unknown, search.Find(question, CancellationToken.None).Outcome);
}
