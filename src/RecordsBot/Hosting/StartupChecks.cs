using Microsoft.Extensions.Options;
using RecordsBot.Bot;
using RecordsBot.Channels.DirectLine;

namespace RecordsBot.Hosting;

/// <summary>
/// Fails the start, with a message that names what to fix, when the conversation texts cannot be loaded; starts the
/// local channel's retention sweep when that channel is on.
/// </summary>
public sealed class StartupChecks(IServiceProvider services, IConfiguration configuration, IOptions<RecordsBotOptions> options) : IHostedService
{
    private LocalChannelRetention? retention;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        _ = options.Value;
        _ = services.GetRequiredService<BotTexts>();
        if (LocalChannelSwitch.IsEnabled(configuration))
        {
            retention = services.GetRequiredService<LocalChannelRetention>();
            await retention.StartAsync(cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => retention?.StopAsync(cancellationToken) ?? Task.CompletedTask;
}
