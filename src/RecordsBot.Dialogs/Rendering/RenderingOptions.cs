namespace RecordsBot.Dialogs.Rendering;

/// <summary>How messages are shaped per channel.</summary>
public sealed class RenderingOptions
{
    /// <summary>Longest single SMS message; longer texts are split at paragraph, sentence or word boundaries.
    /// 306 characters is two concatenated GSM-7 segments.</summary>
    public int SmsMaxLength { get; set; } = 306;
}
