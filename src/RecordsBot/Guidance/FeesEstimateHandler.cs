using System.Globalization;
using RecordsBot.Bot;
using RecordsBot.Dialogs.Flows;
using RecordsBot.Dialogs.Rendering;

namespace RecordsBot.Guidance;

/// <summary>
/// The <c>fees-estimate</c> handler: what copies may cost, by the flow's <c>format</c>. Electronic copies of electronic
/// records: the federal passages (cost-based fee, the flat-fee option of up to $6.50). Paper: each state cap the
/// state-rules table can add up, for <c>pages</c> pages when known, with its source, then HIPAA's limits (the person
/// pays the lower). Always: what can never be charged, and free copies for benefit claims.
/// </summary>
public sealed class FeesEstimateHandler(KnowledgeBase knowledge) : IFlowHandler
{
    public string Name => "fees-estimate";

    public async Task<string?> RunAsync(FlowHandlerContext context, CancellationToken cancellationToken)
    {
        var dc = context.Dialog;
        var values = context.Values;
        var code = values.GetValueOrDefault("state") ?? string.Empty;
        var stateName = values.GetValueOrDefault("stateName") ?? code;
        var state = code == FederalRules.Code ? null : knowledge.RulesFor(code);
        var paper = values.GetValueOrDefault("format") == "paper";
        var passages = new List<Passage>();

        // On SMS, where every message costs, each group of general passages gives its main one only; the state's own
        // passages always come. A line then invites a question for the rest.
        var trimmed = false;
        IEnumerable<Passage> Brief(IReadOnlyList<Passage> group)
        {
            if (dc.ChannelId != MessageRenderer.Sms || group.Count <= 1)
            {
                return group;
            }

            trimmed = true;
            return group.Take(1);
        }


        if (paper)
        {
            int? pages = int.TryParse(values.GetValueOrDefault("pages"), NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p > 0 ? p : null;
            var text = new TurnTexts(dc);
            var lines = new List<string>
            {
                pages is { } n
                    ? text.Get(GuidanceTextKeys.EstimateHeaderPages, ("pages", TurnTexts.Number(n)), ("stateName", stateName))
                    : text.Get(GuidanceTextKeys.EstimateHeader, ("stateName", stateName)),
            };
            var caps = state is { HipaaGoverns: false } ? state.Fees : [];
            foreach (var fee in caps)
            {
                var rates = Rates(text, fee, pages);
                var line = pages is { } count
                    ? text.Get(GuidanceTextKeys.EstimateCap, ("stateName", stateName), ("who", fee.Who), ("amount", TurnTexts.Money(fee.CapFor(count))), ("pages", TurnTexts.Number(count)), ("rates", rates), ("citation", fee.Citation))
                    : text.Get(GuidanceTextKeys.EstimateRates, ("stateName", stateName), ("who", fee.Who), ("rates", rates), ("citation", fee.Citation));
                if (fee.AsOf is { } asOf)
                {
                    line += text.Get(GuidanceTextKeys.EstimateAsOf, ("asOf", asOf));
                }

                if (fee.Note is { } note)
                {
                    line += text.Get(GuidanceTextKeys.EstimateNote, ("note", note));
                }

                if (fee.Unsure)
                {
                    line += text.Get(GuidanceTextKeys.Unsure);
                }

                lines.Add(line);
            }

            if (caps.Count == 0)
            {
                lines.Add(text.Get(GuidanceTextKeys.EstimateNoStateCap, ("stateName", stateName)));
            }

            await dc.SendAsync(dc.Environment.Renderer.Text(dc.ChannelId, string.Join("\n", lines)), cancellationToken);

            // The state's own fee passages restate the caps just added up (with the same sources): said only when
            // there was nothing to add up, where they explain why HIPAA's limit is the one.
            passages.AddRange(Brief(knowledge.About("fees.paper")));
            if (caps.Count == 0)
            {
                passages.AddRange(knowledge.StateOwn(state?.Code, "fees.paper"));
            }
        }
        else
        {
            passages.AddRange(Brief(knowledge.About("fees.rules")));
            passages.AddRange(Brief(knowledge.About("fees.electronic")));
            passages.AddRange(knowledge.StateOwn(state?.Code, "fees.electronic"));
        }

        passages.AddRange(Brief(knowledge.About("fees.never")));

        // Free or flat-fee copies for benefit claims: the state's own rule when it has one, else the overview of states.
        var stateBenefits = knowledge.StateOwn(state?.Code, "fees.benefits");
        passages.AddRange(stateBenefits.Count > 0 ? stateBenefits : Brief(knowledge.About("fees.benefits")));
        await PassageWriter.SayAsync(dc, passages.Distinct().ToList(), cancellationToken);
        if (trimmed)
        {
            await dc.SayAsync(TextKeys.KnowledgeSmsMore, null, cancellationToken);
        }

        return null;
    }

    /// <summary>"$25.00 for the first 20 pages, then $0.50 a page from page 21 on"; with a page count, only the tiers
    /// those pages reach.</summary>
    private static string Rates(TurnTexts text, FeeSchedule fee, int? pages)
    {
        var parts = new List<string>();
        if (fee.BaseAmount is { } amount)
        {
            parts.Add(text.Get(GuidanceTextKeys.RateBase, ("amount", TurnTexts.Money(amount)), ("pages", TurnTexts.Number(fee.BasePages))));
        }

        foreach (var tier in fee.PerPage.Where(t => pages is null || t.From <= pages))
        {
            parts.Add(tier.To is { } to
                ? text.Get(GuidanceTextKeys.RateTier, ("price", TurnTexts.Money(tier.Price)), ("from", TurnTexts.Number(tier.From)), ("to", TurnTexts.Number(to)))
                : text.Get(GuidanceTextKeys.RateTierOpen, ("price", TurnTexts.Money(tier.Price)), ("from", TurnTexts.Number(tier.From))));
        }

        return string.Join(text.Get(GuidanceTextKeys.RateJoin), parts);
    }
}
