using RecordsBot.Dialogs.Flows;

namespace RecordsBot.Forms.Flow.Handlers;

/// <summary><c>letter-records</c>: after the choice of records, exit <c>parts</c> or <c>dates</c> to ask which ones.</summary>
public sealed class RecordsHandler : IFlowHandler
{
    public const string HandlerName = "letter-records";

    public string Name => HandlerName;

    public Task<string?> RunAsync(FlowHandlerContext context, CancellationToken cancellationToken) =>
        Task.FromResult(context.Values.GetValueOrDefault(LetterValues.RecordsMode) switch
        {
            "parts" => "parts",
            "dates" => "dates",
            _ => (string?)null,
        });
}
