using RecordsBot.Dialogs;

namespace RecordsBot.Hosting;

/// <summary>
/// Fails the start when dialogs/ cannot be loaded (strings, flows, phrases), with every problem as
/// <c>file:line: what is wrong</c>, rather than at a person's first message.
/// </summary>
public sealed class StartupChecks(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = services.GetRequiredService<DialogCatalog>();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
