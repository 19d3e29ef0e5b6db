using RecordsBot.Forms;
using RecordsBot.Tests.Infrastructure;

namespace RecordsBot.Tests.Forms;

/// <summary>The app does not start without the fonts letters print in, with a bad public URL or letter setting, or with
/// a letters/sources.yaml that does not match the knowledge base, and says what to fix.</summary>
public sealed class LetterStartupTests : IDisposable
{
    private readonly TestDataFolder data = new();

    public void Dispose() => data.Dispose();

    [Theory]
    [InlineData("RecordsBot:Letters:DejaVuFolder", "/nowhere/dejavu", "/nowhere/dejavu/DejaVuSerif.ttf")]
    [InlineData("RecordsBot:Letters:LiberationFolder", "/nowhere/liberation", "/nowhere/liberation/LiberationSerif-Regular.ttf")]
    public void A_missing_font_file_stops_the_start_naming_the_file_the_package_and_the_setting(string key, string value, string file)
    {
        var error = Assert.ThrowsAny<Exception>(() => new RecordsBotApp(data, new Dictionary<string, string?> { [key] = value })).ToString();

        Assert.Contains($"Letters need the font file {file}, which is missing", error);
        Assert.Contains(key, error);
        Assert.Contains("fonts-", error);
    }

    [Fact]
    public void A_font_file_that_is_no_font_stops_the_start_naming_it()
    {
        var folder = Path.Combine(data.Path, "fonts");
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.EnumerateFiles("/usr/share/fonts/truetype/dejavu", "DejaVuSerif*.ttf"))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        File.WriteAllText(Path.Combine(folder, "DejaVuSerif-Bold.ttf"), "not a font, just text");

        var error = Assert.ThrowsAny<Exception>(() => new RecordsBotApp(data, new Dictionary<string, string?> { ["RecordsBot:Letters:DejaVuFolder"] = folder })).ToString();

        Assert.Contains(Path.Combine(folder, "DejaVuSerif-Bold.ttf") + " is not a TrueType font letters can use", error);
    }

    [Theory]
    [InlineData("RecordsBot:PublicBaseUrl", "recordsbot.example.org", "RecordsBot:PublicBaseUrl")]
    [InlineData("RecordsBot:PublicBaseUrl", "ftp://recordsbot.example.org", "RecordsBot:PublicBaseUrl")]
    [InlineData("RecordsBot:Letters:LinkLifetime", "00:00:30", "RecordsBot:Letters:LinkLifetime")]
    [InlineData("RecordsBot:Letters:RetentionDays", "0", "RecordsBot:Letters:RetentionDays")]
    [InlineData("RecordsBot:Letters:RetentionDays", "3", "RecordsBot:Letters:LinkLifetime")]
    public void A_bad_letter_setting_stops_the_start_and_names_it(string key, string value, string named)
    {
        var error = Assert.ThrowsAny<Exception>(() => new RecordsBotApp(data, new Dictionary<string, string?> { [key] = value }));

        Assert.Contains(named, error.ToString());
    }

    [Fact]
    public async Task With_a_public_base_url_links_use_it()
    {
        using var app = new RecordsBotApp(data, new Dictionary<string, string?> { ["RecordsBot:PublicBaseUrl"] = "https://records.example.org/bot" });

        var handle = await app.Get<ILetters>().CreateAsync(LetterSamples.Turn(), LetterSamples.Request(), default);

        Assert.Matches("^https://records\\.example\\.org/bot/l/[A-Za-z0-9_-]{22}$", handle.DownloadUrl.ToString());
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData("https://records.example.org", false)]
    public void With_an_Azure_Bot_registration_an_unset_public_url_is_warned_about_at_start(string? publicBaseUrl, bool warned)
    {
        using var app = new RecordsBotApp(data, new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = "SingleTenant",
            ["MicrosoftAppId"] = "00000000-0000-0000-0000-000000000001",
            ["MicrosoftAppPassword"] = "not-a-real-secret",
            ["MicrosoftAppTenantId"] = "00000000-0000-0000-0000-000000000002",
            ["RecordsBot:PublicBaseUrl"] = publicBaseUrl,
        });

        Assert.Equal(warned, app.Logs.Any(l => l.Contains("[letter_links_local]", StringComparison.Ordinal) && l.Contains("RecordsBot:PublicBaseUrl", StringComparison.Ordinal)));
    }

    [Fact]
    public void Without_a_registration_the_local_address_is_fine_and_not_warned_about()
    {
        using var app = new RecordsBotApp(data);

        Assert.DoesNotContain(app.Logs, l => l.Contains("[letter_links_local]", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("cite: 45 CFR 164.524(c)(4)\n", "cite: 45 CFR 164.524(c)(9)\n", "statement 'fee' cites '45 CFR 164.524(c)(9)', which is not among the citations of passage 'fees-what-allowed'")]
    [InlineData("passage: complain-ocr-how\n", "passage: complain-ocr-how-gone\n", "statement 'complaint-window' rests on passage 'complain-ocr-how-gone', which is not in knowledge/passages.en-US.yaml")]
    [InlineData("  days: 180\n", "  days: 90\n", "statement 'complaint-window' states 90 days, but passage 'complain-ocr-how' does not say '90 days'")]
    [InlineData("passage: fees-never\n", "passage: fees-electronic-per-page\n", "marked unsure")]
    [InlineData("no-retaliation:\n", "no-retaliations:\n", "statement 'no-retaliation' is missing")]
    public void A_sources_file_that_does_not_match_the_knowledge_base_stops_the_start_with_file_and_line(string from, string to, string message)
    {
        var dialogs = data.CopyDialogs();
        var file = Path.Combine(dialogs, "letters", "sources.yaml");
        var original = File.ReadAllText(file);
        Assert.Contains(from, original);
        File.WriteAllText(file, original.Replace(from, to, StringComparison.Ordinal));

        var error = Assert.ThrowsAny<Exception>(() => new RecordsBotApp(data, new Dictionary<string, string?> { ["RecordsBot:DialogsPath"] = dialogs })).ToString();

        Assert.Contains(file + ":", error);
        Assert.Contains(message, error);
    }

    [Theory]
    [InlineData("(45 CFR 164.524(c)(4))", "", "'letters.fees.rule' must keep {cite}")]
    [InlineData("within {days} {count} of {from} ({cite})", "within {days} {count} of {from}", "'letters.deadline.stateRule' must keep {cite}")]
    [InlineData("Dates: up to {to:date}.", "Dates: up to {until:date}.", "'letters.records.to' uses {until}, which the letter does not fill; it may use {to}")]
    public void A_letters_text_that_drops_a_citation_or_uses_an_unknown_placeholder_stops_the_start(string from, string to, string message)
    {
        var dialogs = data.CopyDialogs();
        var file = Path.Combine(dialogs, "letters.strings.en-US.json");
        var original = File.ReadAllText(file);
        var changed = from == "(45 CFR 164.524(c)(4))"
            ? original.Replace("postage if it is mailed ({cite})", "postage if it is mailed", StringComparison.Ordinal)
            : original.Replace(from, to, StringComparison.Ordinal);
        Assert.NotEqual(original, changed);
        File.WriteAllText(file, changed);

        var error = Assert.ThrowsAny<Exception>(() => new RecordsBotApp(data, new Dictionary<string, string?> { ["RecordsBot:DialogsPath"] = dialogs })).ToString();

        Assert.Contains(file + ":", error);
        Assert.Contains(message, error);
    }
}
