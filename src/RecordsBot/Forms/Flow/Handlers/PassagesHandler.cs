using RecordsBot.Dialogs.Flows;
using RecordsBot.Guidance;

namespace RecordsBot.Forms.Flow.Handlers;

/// <summary>Says some passages of the knowledge base by id, each with its source (<see cref="LetterPassages"/>):
/// <c>letter-email-facts</c>, <c>letter-third-party-facts</c>, <c>letter-rep-facts</c>.</summary>
public sealed class PassagesHandler(string name, IReadOnlyList<string> passageIds, KnowledgeBase knowledge) : IFlowHandler
{
    public const string EmailFacts = "letter-email-facts";
    public const string ThirdPartyFacts = "letter-third-party-facts";
    public const string RepresentativeFacts = "letter-rep-facts";

    public string Name => name;

    public async Task<string?> RunAsync(FlowHandlerContext context, CancellationToken cancellationToken)
    {
        await PassageWriter.SayAsync(context.Dialog, passageIds.Select(knowledge.Find).OfType<Passage>().ToList(), cancellationToken);
        return null;
    }
}
