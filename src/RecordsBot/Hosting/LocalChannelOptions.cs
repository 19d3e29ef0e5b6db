namespace RecordsBot.Hosting;

/// <summary>Settings under <c>RecordsBot:LocalChannel</c>: the built-in Web Chat page and Direct Line endpoint.</summary>
public sealed class LocalChannelOptions
{
    /// <summary>On, off, or unset: on exactly when no MicrosoftAppId is configured.</summary>
    public bool? Enabled { get; set; }

    /// <summary>How long a Direct Line token is valid; Web Chat refreshes it every 15 minutes.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long after it was issued a page may use its saved token to resume its conversation.</summary>
    public TimeSpan ResumeWindow { get; set; } = TimeSpan.FromDays(30);

    /// <summary>Days a local conversation and its activities are kept after its last activity.</summary>
    public int RetentionDays { get; set; } = 30;

    /// <summary>How often old local conversations are removed.</summary>
    public TimeSpan RetentionSweepInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>The URL the bot replies to (this app's own address). Unset: derived from the address the app listens on.</summary>
    public string? ServiceUrl { get; set; }

    /// <summary>The window the two limits below count over.</summary>
    public TimeSpan RateLimitWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Sessions (new or resumed conversations) one client address may open per window; more get 429.</summary>
    public int SessionsPerWindow { get; set; } = 60;

    /// <summary>Activities one conversation may post per window; more get 429 (Web Chat then offers to retry).</summary>
    public int MessagesPerWindow { get; set; } = 60;

    /// <summary>Other origins allowed to embed the chat (CORS). Empty: same origin only.</summary>
    public string[] AllowedOrigins { get; set; } = [];
}
