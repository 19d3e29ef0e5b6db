using RecordsBot.Bot;
using RecordsBot.Dialogs;
using RecordsBot.Dialogs.Questions;

namespace RecordsBot.Guidance.Answers;

/// <summary>
/// Answers questions asked in free words from the knowledge base only (<see cref="PassageSearch"/>): the one or two
/// passages found, each with its source, then a line offering more. With a rephraser (Azure OpenAI, when configured)
/// the passages may come in plainer words, still with every source; anything wrong there and they come as written.
/// When no passage covers the question, it says plainly that it does not know rather than guess.
/// </summary>
public sealed class KnowledgeAnswerer(PassageSearch search, IAnswerRephraser? rephraser = null) : IQuestionAnswerer
{
    public async Task<bool> TryAnswerAsync(DialogContext dc, string text, CancellationToken cancellationToken)
    {
        var found = Find(dc, text, cancellationToken);
        if (found.Outcome != SearchOutcome.Answered)
        {
            return false;
        }

        var texts = dc.Environment.Texts;
        var answer = PassageWriter.Compose(dc.Environment, dc.ChannelId, found.Answer);
        if (rephraser is not null && await rephraser.RephraseAsync(found.Answer, cancellationToken) is { } plainer)
        {
            answer = texts.Get(TextKeys.AnswersRephrased, dc.ChannelId, new Dictionary<string, string>(StringComparer.Ordinal) { ["text"] = plainer });
        }

        var message = answer + "\n\n" + texts.Get(TextKeys.AnswersMore, dc.ChannelId);
        await dc.SendAsync(dc.Environment.Renderer.Text(dc.ChannelId, message), cancellationToken);
        return true;
    }

    public async Task<bool> TrySayUnknownAsync(DialogContext dc, string text, CancellationToken cancellationToken)
    {
        if (Find(dc, text, cancellationToken).Outcome == SearchOutcome.NothingToLookUp)
        {
            return false;
        }

        await dc.SayAsync(TextKeys.AnswersUnknown, null, cancellationToken);
        return true;
    }

    /// <summary>The search for <paramref name="text"/>, once per turn: a prompt may ask to answer a message and then to
    /// say it is unknown, and both look at the same result.</summary>
    private SearchResult Find(DialogContext dc, string text, CancellationToken cancellationToken)
    {
        const string Key = "RecordsBot.Answers.LastSearch";
        if (dc.Context.TurnState.Get<LastSearch>(Key) is { } last && last.Text == text)
        {
            return last.Result;
        }

        var result = search.Find(text, cancellationToken);
        dc.Context.TurnState.Set(Key, new LastSearch(text, result));
        return result;
    }

    private sealed record LastSearch(string Text, SearchResult Result);
}
