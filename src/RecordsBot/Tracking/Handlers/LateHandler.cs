using RecordsBot.Dialogs.Flows;
using RecordsBot.Guidance;

namespace RecordsBot.Tracking.Handlers;

/// <summary>
/// <c>tracking-late</c>: the next step for a late request, with the facts behind it. Long after the due date (the
/// check-in kind <c>late</c>, or a request already followed up): a complaint to OCR, with when it must be filed
/// (passage <c>complain-ocr-how</c>); otherwise a follow-up letter, with why the request is late
/// (<c>deadline-no-notice</c>). Sets <c>letterKind</c> (complaint or follow-up) and takes the exit of the same name.
/// </summary>
public sealed class LateHandler : IFlowHandler
{
    public const string HandlerName = "tracking-late";
    public const string FollowUpPassage = "deadline-no-notice";
    public const string ComplaintPassage = "complain-ocr-how";

    private readonly Passage followUp;
    private readonly Passage complaint;

    public LateHandler(KnowledgeBase knowledge)
    {
        followUp = knowledge.Find(FollowUpPassage) ?? throw new InvalidOperationException($"{KnowledgeBase.PassagesFile} has no passage '{FollowUpPassage}', which tracking says when a request is late.");
        complaint = knowledge.Find(ComplaintPassage) ?? throw new InvalidOperationException($"{KnowledgeBase.PassagesFile} has no passage '{ComplaintPassage}', which tracking says before offering an OCR complaint.");
    }

    public string Name => HandlerName;

    public async Task<string?> RunAsync(FlowHandlerContext context, CancellationToken cancellationToken)
    {
        var values = context.Values;
        var toComplain = values.GetValueOrDefault(TrackingValues.CheckIn) == "late"
            || values.GetValueOrDefault(TrackingValues.Status) == TrackingFlow.StatusValue(RequestStatus.Escalated);
        var kind = toComplain ? "complaint" : "follow-up";
        values[TrackingValues.LetterKind] = kind;
        await PassageWriter.SayAsync(context.Dialog, [toComplain ? complaint : followUp], cancellationToken);
        return kind;
    }
}
