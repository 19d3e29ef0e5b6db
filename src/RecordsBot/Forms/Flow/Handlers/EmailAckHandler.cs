using RecordsBot.Dialogs.Flows;

namespace RecordsBot.Forms.Flow.Handlers;

/// <summary><c>letter-email-ack</c>: without the person's yes to regular e-mail, the format is asked again (exit
/// <c>declined</c>).</summary>
public sealed class EmailAckHandler : IFlowHandler
{
    public const string HandlerName = "letter-email-ack";

    public string Name => HandlerName;

    public Task<string?> RunAsync(FlowHandlerContext context, CancellationToken cancellationToken)
    {
        var values = context.Values;
        if (values.GetValueOrDefault(LetterValues.EmailAck) == LetterValues.Yes)
        {
            return Task.FromResult<string?>(null);
        }

        LetterFlow.Remove(values, LetterValues.EmailAck, LetterValues.Format);
        if (values.GetValueOrDefault(LetterValues.Delivery) == "email")
        {
            values.Remove(LetterValues.Delivery);
        }

        return Task.FromResult<string?>("declined");
    }
}
