namespace RecordsBot.Hosting;

/// <summary>Decides whether the local channel (Web Chat page + Direct Line endpoint) is served.</summary>
public static class LocalChannelSwitch
{
    public static bool HasAppId(IConfiguration configuration) => !string.IsNullOrWhiteSpace(configuration["MicrosoftAppId"]);

    public static bool IsEnabled(IConfiguration configuration)
    {
        var setting = configuration.GetValue<bool?>($"{RecordsBotOptions.Section}:LocalChannel:Enabled");
        return setting ?? !HasAppId(configuration);
    }
}
