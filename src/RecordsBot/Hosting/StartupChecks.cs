using Microsoft.Extensions.Options;
using RecordsBot.Dialogs;
using RecordsBot.Guidance;

namespace RecordsBot.Hosting;

/// <summary>
/// Fails the start when the settings are invalid or dialogs/ cannot be loaded (strings, flows, phrases, knowledge), with every
/// problem as <c>file:line: what is wrong</c> or the setting to fix, rather than at a person's first message.
/// </summary>
public sealed class StartupChecks(IServiceProvider services) : IHostedService
{
    /// <summary>Loads what the checks cover; throws <see cref="OptionsValidationException"/>, <see cref="DialogLoadException"/> or <see cref="KnowledgeLoadException"/>.</summary>
    public static void Verify(IServiceProvider services)
    {
        _ = services.GetRequiredService<IOptions<RecordsBotOptions>>().Value;
        var catalog = services.GetRequiredService<DialogCatalog>();
        _ = services.GetRequiredService<KnowledgeBase>();
        var problems = services.GetServices<IDialogsCheck>().SelectMany(check => check.Problems(catalog)).ToList();
        if (problems.Count > 0)
        {
            throw new KnowledgeLoadException(problems);
        }
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        Verify(services);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
