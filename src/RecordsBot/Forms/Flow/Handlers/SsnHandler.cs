using RecordsBot.Dialogs.Flows;

namespace RecordsBot.Forms.Flow.Handlers;

/// <summary><c>letter-ssn</c>: the last four digits in <c>ssnReply</c> become <c>ssnLast4</c> (a skip removes them); the
/// reply itself is not kept.</summary>
public sealed class SsnHandler : IFlowHandler
{
    public const string HandlerName = "letter-ssn";

    public string Name => HandlerName;

    public Task<string?> RunAsync(FlowHandlerContext context, CancellationToken cancellationToken)
    {
        var values = context.Values;
        if (values.Remove(LetterValues.SsnReply, out var reply))
        {
            if (LetterSsn.LastFour(reply) is { } lastFour)
            {
                values[LetterValues.SsnLastFour] = lastFour;
            }
            else
            {
                values.Remove(LetterValues.SsnLastFour);
            }

            values[LetterValues.SsnAsked] = LetterValues.Yes;
        }

        return Task.FromResult<string?>(null);
    }
}
