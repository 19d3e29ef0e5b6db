namespace RecordsBot.Hosting;

/// <summary>Settings under <c>RecordsBot</c>. Bot Framework keys (MicrosoftAppId…) stay at the configuration root.</summary>
public sealed class RecordsBotOptions
{
    public const string Section = "RecordsBot";

    /// <summary>Folder with the conversation as data (strings, flows). Relative paths are under the app's folder.</summary>
    public string DialogsPath { get; set; } = "dialogs";

    /// <summary>The address people reach this app at (https://records.example.org/), for the links it gives (letters,
    /// calendar files). Unset: the address the app listens on, which suits the local Web Chat only.</summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>Longest message text the bot reads; longer ones get a polite request to shorten.</summary>
    public int MaxMessageLength { get; set; } = 4000;

    /// <summary>Largest activity body accepted on /api/messages and the local Direct Line, in bytes.</summary>
    public int MaxActivityBytes { get; set; } = 256 * 1024;

    /// <summary>IANA time zone for people whose channel does not report theirs (SMS); used to read "yesterday" and the like.</summary>
    public string DefaultTimeZone { get; set; } = "America/New_York";

    /// <summary>Longest single SMS message; longer texts go as several (306 = two GSM-7 segments).</summary>
    public int SmsMaxLength { get; set; } = 306;

    public LocalChannelOptions LocalChannel { get; set; } = new();
}
