using RecordsBot.Hosting;

namespace RecordsBot.Forms;

/// <summary>Warns at start when the app runs for an Azure Bot registration (Teams, SMS, hosted Web Chat) but
/// <c>RecordsBot:PublicBaseUrl</c> is unset: letter and calendar links would then point at the address the app listens on, which
/// people on those channels cannot reach.</summary>
public sealed partial class LetterLinksWarning(IConfiguration configuration, PublicAddress address, ILogger<LetterLinksWarning> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (LocalChannelSwitch.HasAppId(configuration) && !address.IsConfigured)
        {
            LogLocalLinks(logger, PublicAddress.Setting);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 5104, EventName = "letter_links_local", Level = LogLevel.Warning,
        Message = "MicrosoftAppId is set but {Setting} is not: letter and calendar links will use the address this app listens on, which people on Teams or SMS cannot open. Set {Setting} to the app's public https address.")]
    private static partial void LogLocalLinks(ILogger logger, string setting);
}
