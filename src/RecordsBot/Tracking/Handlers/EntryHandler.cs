using RecordsBot.Dialogs.Flows;

namespace RecordsBot.Tracking.Handlers;

/// <summary><c>tracking-entry</c>: what the check-in settings flow is begun for, into <c>entry</c>, from the answer in
/// <c>update</c>: <c>later</c> is <c>snooze</c>, <c>stop</c> is <c>stop</c>, anything else <c>settings</c>.</summary>
public sealed class EntryHandler : IFlowHandler
{
    public const string HandlerName = "tracking-entry";

    public string Name => HandlerName;

    public Task<string?> RunAsync(FlowHandlerContext context, CancellationToken cancellationToken)
    {
        context.Values[TrackingValues.Entry] = context.Values.GetValueOrDefault(TrackingValues.Update) switch
        {
            "later" => "snooze",
            "stop" => "stop",
            _ => "settings",
        };
        return Task.FromResult<string?>(null);
    }
}
