using System.Globalization;
using RecordsBot.Dialogs.Flows;
using RecordsBot.Providers;
using RecordsBot.Tracking;

namespace RecordsBot.Forms.Flow.Handlers;

/// <summary>
/// <c>letter-start</c>: which letter (<c>letterKind</c> as begun, else follow-up or complaint when the words that opened
/// the topic say so, else request); whose records, when those words say it; the answers this conversation already holds (taken back, exit <c>reused</c>); and,
/// for a follow-up or complaint begun with <c>requestId</c>, the tracked request's provider and dates when request
/// tracking is part of the app (<see cref="ITrackedRequests"/> is optional).
/// </summary>
public sealed class StartHandler(LetterDrafts drafts, IProviderList providers, IEnumerable<ITrackedRequests> tracked) : IFlowHandler
{
    public const string HandlerName = "letter-start";

    public string Name => HandlerName;

    public async Task<string?> RunAsync(FlowHandlerContext context, CancellationToken cancellationToken)
    {
        var values = context.Values;
        var dc = context.Dialog;
        var kind = values.GetValueOrDefault(LetterValues.LetterKind);
        if (kind is not (LetterValues.Request or LetterValues.FollowUp or LetterValues.Complaint))
        {
            var words = dc.Context.Activity?.Text ?? string.Empty;
            kind = LetterWords.Mentions(dc.Environment.Texts, LetterTextKeys.ComplaintWords, dc.ChannelId, words) ? LetterValues.Complaint
                : LetterWords.Mentions(dc.Environment.Texts, LetterTextKeys.FollowUpWords, dc.ChannelId, words) ? LetterValues.FollowUp
                : LetterValues.Request;
        }

        values[LetterValues.LetterKind] = kind;

        // What this conversation already knows: the person's answers (and, for the same kind of letter, the rest of a
        // letter left unfinished).
        var draft = await drafts.ReadAsync(dc.Context, cancellationToken);
        var sameKind = draft.GetValueOrDefault(LetterValues.LetterKind) == kind;
        var reused = false;
        foreach (var name in LetterValues.Person.Concat(sameKind ? LetterValues.PerLetter : []))
        {
            if (draft.TryGetValue(name, out var value) && !values.ContainsKey(name))
            {
                values[name] = value;
                reused = true;
            }
        }

        // "I need a letter for my records" already says whose records (a button's "Write a request letter" does not).
        if (!values.ContainsKey(LetterValues.Whose)
            && LetterWords.Named(dc.Context.Activity?.Text ?? string.Empty, new[] { LetterValues.Own, LetterValues.Other }.Select(w => (w, WhoseWords(context, w)))) is { } whose)
        {
            values[LetterValues.Whose] = whose;
        }

        if (kind != LetterValues.Request && long.TryParse(values.GetValueOrDefault(LetterValues.RequestId), NumberStyles.None, CultureInfo.InvariantCulture, out var requestId))
        {
            await PrefillAsync(context, requestId, cancellationToken);
        }

        return reused ? "reused" : null;
    }

    private async Task PrefillAsync(FlowHandlerContext context, long requestId, CancellationToken cancellationToken)
    {
        var person = LetterFlow.Person(context);
        foreach (var requests in tracked)
        {
            if (await requests.FindAsync(person, requestId, cancellationToken) is not { } request)
            {
                continue;
            }

            var details = request.Details;
            var values = context.Values;
            values[LetterValues.ProviderName] = details.ProviderName;
            Set(LetterValues.ProviderState, details.ProviderState);
            Set(LetterValues.SentOn, Day(details.SentOn));
            Set(LetterValues.ReceivedOn, Day(details.ReceivedOn));
            Set(LetterValues.DueOn, Day(request.CurrentDueOn));
            Set(LetterValues.Extended, details.ExtendedTo is null ? null : LetterValues.Yes);
            if (details.ProviderId is { } providerId && await providers.FindAsync(person, providerId, cancellationToken) is { } entry)
            {
                values[LetterValues.ProviderId] = entry.Id.ToString(CultureInfo.InvariantCulture);
                Set(LetterValues.ProviderAddress, LetterProviderAddress.From(entry.Contact));
            }

            return;

            void Set(string name, string? value)
            {
                if (value is null)
                {
                    values.Remove(name);
                }
                else
                {
                    values[name] = value;
                }
            }
        }
    }

    private static IEnumerable<string> WhoseWords(FlowHandlerContext context, string whose) =>
        context.Dialog.Environment.Texts.GetList(LetterTextKeys.WhoseSynonyms(whose), context.ChannelId).Append(LetterFlow.Text(context, LetterTextKeys.WhoseLabel(whose)));

    private static string? Day(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
