using RecordsBot.Dialogs.Flows;
using RecordsBot.Dialogs.Recognition;

namespace RecordsBot.Tracking.Handlers;

/// <summary>
/// <c>tracking-understand</c>: reads an update said in free words at the list ("I got my records from Dr. Smith",
/// "they need 30 more days"): the request whose provider it names (or the only one), into <c>requestId</c>,
/// <c>provider</c>, <c>status</c> and <c>dueOn</c>, and what happened, into <c>update</c>, read with the same labels
/// and synonyms as the question <c>what</c> of track-request.dialog.yaml. Takes exit <c>which</c> when it cannot tell
/// the request, and <c>what</c> when it cannot tell what happened.
/// </summary>
public sealed class UnderstandHandler(ITrackedRequests requests) : IFlowHandler
{
    public const string HandlerName = "tracking-understand";

    /// <summary>The updates people say in free words, with the label and synonyms keys of their choices.</summary>
    public static readonly IReadOnlyList<string> Updates = ["received-full", "received-part", "extended", "denied", "acknowledged"];

    public string Name => HandlerName;

    public static string LabelKey(string update) => $"tracking.update.{update}.label";

    public static string SynonymsKey(string update) => $"tracking.update.{update}.synonyms";

    public async Task<string?> RunAsync(FlowHandlerContext context, CancellationToken cancellationToken)
    {
        var text = context.Dialog.Context.Activity.Text ?? string.Empty;
        var texts = context.Dialog.Environment.Texts;
        context.Values.Remove(TrackingValues.Update);
        var options = Updates.Select(u => new ChoiceOption(u, texts.Get(LabelKey(u), context.ChannelId), texts.GetList(SynonymsKey(u), context.ChannelId))).ToList();
        // Only words that name an update count: a bare number picked a choice of the list's own question.
        var mentioned = options.Where(o => ChoiceRecognizer.Mentioned(text, [o]) > 0).ToList();
        if (mentioned.Count == 1)
        {
            context.Values[TrackingValues.Update] = mentioned[0].Value;
        }

        var list = await requests.ListAsync(TrackingFlow.Person(context), cancellationToken);
        var named = Named(list, text);
        if (named is null)
        {
            return "which";
        }

        TrackingFlow.Use(context, named);
        return context.Values.ContainsKey(TrackingValues.Update) ? null : "what";
    }

    /// <summary>The one request whose provider's whole name, else one long word of it, the reply contains; else the
    /// only request there is; else null.</summary>
    private static TrackedRequest? Named(IReadOnlyList<TrackedRequest> list, string text)
    {
        var reply = $" {TextNormalizer.Normalize(text)} ";
        var whole = list.Where(r => TextNormalizer.Normalize(r.Details.ProviderName) is { Length: > 0 } name && reply.Contains($" {name} ", StringComparison.Ordinal)).ToList();
        if (whole.Count == 1)
        {
            return whole[0];
        }

        var partly = list.Where(r => TextNormalizer.Words(r.Details.ProviderName).Any(w => w.Length >= 4 && reply.Contains($" {w} ", StringComparison.Ordinal))).ToList();
        return partly.Count == 1 ? partly[0] : list.Count == 1 ? list[0] : null;
    }
}
