namespace RecordsBot.Reminders;

/// <summary>Settings under <c>RecordsBot:Reminders:Twilio</c> for SMS check-ins (required only with SmsEnabled).</summary>
public sealed class TwilioOptions
{
    public string AccountSid { get; set; } = string.Empty;

    public string AuthToken { get; set; } = string.Empty;

    /// <summary>The Twilio number texts come from, in E.164 form (+15551234567).</summary>
    public string FromNumber { get; set; } = string.Empty;

    /// <summary>Twilio's REST API; tests point it at a local stub.</summary>
    public string BaseUrl { get; set; } = "https://api.twilio.com";
}
