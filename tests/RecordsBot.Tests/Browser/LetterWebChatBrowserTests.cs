using Microsoft.Playwright;
using RecordsBot.Tests.Forms;
using RecordsBot.Tests.Infrastructure;

namespace RecordsBot.Tests.Browser;

/// <summary>
/// The letter in the real Web Chat: Debian's Chromium, driven by Playwright, writes a request letter from "I need a
/// letter for my records" to the attachment, clicks it, and gets the PDF (Playwright's download event) with its name;
/// a screenshot goes to artifacts/webchat-letter.png.
/// </summary>
public sealed class LetterWebChatBrowserTests : IAsyncLifetime
{
    private readonly TestDataFolder data = new();
    private RecordsBotApp app = null!;
    private Chromium chromium = null!;

    public async Task InitializeAsync()
    {
        app = new RecordsBotApp(data);
        chromium = await Chromium.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        await chromium.DisposeAsync();
        app.Dispose();
        data.Dispose();
    }

    private static ILocator Message(IPage page, string text) => Chromium.Message(page, text);

    [Fact]
    public async Task A_person_writes_a_letter_in_Web_Chat_and_downloads_the_PDF_from_the_attachment()
    {
        var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1024, Height = 900 }, AcceptDownloads = true });
        var page = await context.NewPageAsync();
        var pageErrors = new List<string>();
        page.PageError += (_, error) => pageErrors.Add(error);
        var timeout = new LocatorAssertionsToBeVisibleOptions { Timeout = 30_000 };
        await page.GotoAsync(app.BaseAddress.ToString());
        await Assertions.Expect(Message(page, "RecordsBot. I help you get copies")).ToBeVisibleAsync(timeout);
        var sendBox = page.Locator("[data-id='webchat-sendbox-input']");

        async Task SayAsync(string text, string expected)
        {
            await sendBox.FillAsync(text);
            await sendBox.PressAsync("Enter");
            await Assertions.Expect(Message(page, expected).Last).ToBeVisibleAsync(timeout);
        }

        await SayAsync("I need a letter for my records", "What is your full name");
        await SayAsync("Siobhán O'Brien-Núñez", "What is the date of birth");
        await SayAsync("March 3, 1980", "What is the mailing address");
        await SayAsync("12 Elm St, Columbus, OH 43215", "How can the office reach you?");
        await SayAsync("siobhan@example.org", "Social Security number");
        await SayAsync("skip", "What is the name of the provider");
        await SayAsync("Riverside Family Medicine", "address for records requests");
        await SayAsync("400 Main St, Columbus, OH 43215", "Which records do you want?");
        await page.GetByRole(AriaRole.Toolbar, new() { Name = "Suggested actions" }).Last.GetByRole(AriaRole.Button, new() { Name = "All my records" }).ClickAsync();
        await Assertions.Expect(Message(page, "In what form and format do you want the copy?").Last).ToBeVisibleAsync(timeout);
        await page.GetByRole(AriaRole.Toolbar, new() { Name = "Suggested actions" }).Last.GetByRole(AriaRole.Button, new() { Name = "Electronic (PDF)" }).ClickAsync();
        await Assertions.Expect(Message(page, "How should the copy reach you?").Last).ToBeVisibleAsync(timeout);
        await SayAsync("mail", "Shall I write the letter?");
        await SayAsync("yes", "Your letter is ready");

        // The attachment: Web Chat shows a PDF attachment as a link with the file's name.
        var file = page.Locator("a[href*='/l/']").Filter(new LocatorFilterOptions { HasTextRegex = new System.Text.RegularExpressions.Regex(@"records-request-\d{4}-\d{2}-\d{2}\.pdf") }).Last;
        await Assertions.Expect(file).ToBeVisibleAsync(timeout);
        await file.ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = RepoPaths.Artifact("webchat-letter.png"), FullPage = true });

        var download = await page.RunAndWaitForDownloadAsync(() => file.ClickAsync(), new PageRunAndWaitForDownloadOptions { Timeout = 30_000 });
        Assert.Matches(@"^records-request-\d{4}-\d{2}-\d{2}\.pdf$", download.SuggestedFilename);
        var saved = Path.Combine(data.Path, download.SuggestedFilename);
        await download.SaveAsAsync(saved);
        var pdf = await File.ReadAllBytesAsync(saved);
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(pdf, 0, 5), StringComparison.Ordinal);
        var text = PdfText.Flatten(PdfText.Read(pdf).Text);
        Assert.Contains("Siobhán O'Brien-Núñez", text, StringComparison.Ordinal);
        Assert.Contains("Riverside Family Medicine", text, StringComparison.Ordinal);
        Assert.Empty(pageErrors);
    }
}
