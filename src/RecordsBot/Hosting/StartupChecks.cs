using Microsoft.Extensions.Options;
using RecordsBot.Dialogs;

namespace RecordsBot.Hosting;

/// <summary>
/// Fails the start when the settings are invalid or dialogs/ cannot be loaded (strings, flows, phrases), with every
/// problem as <c>file:line: what is wrong</c> or the setting to fix, rather than at a person's first message.
/// </summary>
public sealed class StartupChecks(IServiceProvider services) : IHostedService
{
    /// <summary>Loads what the checks cover; throws <see cref="OptionsValidationException"/> or <see cref="DialogLoadException"/>.</summary>
    public static void Verify(IServiceProvider services)
    {
        _ = services.GetRequiredService<IOptions<RecordsBotOptions>>().Value;
        _ = services.GetRequiredService<DialogCatalog>();
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        Verify(services);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
