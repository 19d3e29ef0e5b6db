using RecordsBot.Bot;

namespace RecordsBot.Hosting;

/// <summary>
/// Fails the start, with a message that names the file and what to fix, when the conversation texts in dialogs/
/// cannot be loaded, rather than at a person's first message.
/// </summary>
public sealed class StartupChecks(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = services.GetRequiredService<BotTexts>();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
