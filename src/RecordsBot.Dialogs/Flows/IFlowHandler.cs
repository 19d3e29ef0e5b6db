namespace RecordsBot.Dialogs.Flows;

/// <summary>
/// A named piece of C# a flow calls (<c>handler: name</c>): it computes, stores values, says things by key, and
/// returns null to go on to the next step, or the name of one of the step's declared <c>exits</c>.
/// </summary>
public interface IFlowHandler
{
    string Name { get; }

    Task<string?> RunAsync(FlowHandlerContext context, CancellationToken cancellationToken);
}
