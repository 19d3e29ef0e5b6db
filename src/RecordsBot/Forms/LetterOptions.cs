namespace RecordsBot.Forms;

/// <summary>
/// Settings for letters, under <c>RecordsBot:Letters</c>. Their links use <c>RecordsBot:PublicBaseUrl</c> (<see cref="Hosting.PublicAddress"/>).
/// </summary>
public sealed class LetterOptions
{
    public const string Section = "RecordsBot:Letters";

    /// <summary>Folder with Debian's Liberation fonts (package fonts-liberation): the letter's typeface.</summary>
    public string LiberationFolder { get; set; } = "/usr/share/fonts/truetype/liberation";

    /// <summary>Folder with Debian's DejaVu fonts (package fonts-dejavu-core): for characters Liberation lacks.</summary>
    public string DejaVuFolder { get; set; } = "/usr/share/fonts/truetype/dejavu";

    /// <summary>How long a download link works after the letter is made.</summary>
    public TimeSpan LinkLifetime { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How long a letter is kept before it is deleted (never shorter than a link lives).</summary>
    public int RetentionDays { get; set; } = 30;

    /// <summary>How often letters past their retention are deleted.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromHours(1);
}
