using Microsoft.Playwright;
using RecordsBot.Tests.Infrastructure;

namespace RecordsBot.Tests.Browser;

/// <summary>
/// The real thing: Debian's Chromium, driven by Playwright, opens the page, talks to RecordsBot in the official
/// Web Chat widget, clicks a suggested action, reloads, and leaves a screenshot in artifacts/.
/// </summary>
public sealed class WebChatBrowserTests : IAsyncLifetime
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

    /// <summary>A paragraph of a message in the transcript (Web Chat also repeats text in screen-reader labels).</summary>
    private static ILocator Message(IPage page, string text) => Chromium.Message(page, text);

    [Fact]
    public async Task A_saved_list_shows_as_a_numbered_list_and_is_there_again_when_the_browser_starts_a_new_conversation()
    {
        var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1024, Height = 800 } });
        var page = await context.NewPageAsync();
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

        await SayAsync("Who to contact", "list everyone who may hold your records");
        await SayAsync("yes", "name of the doctor, or of their practice");
        await SayAsync("Dr. Ana Ruiz", "Which state is Dr. Ana Ruiz in?");
        await SayAsync("Ohio", "How can you reach Dr. Ana Ruiz");
        await SayAsync("(555) 201-3344", "Saved: Dr. Ana Ruiz (Primary care doctor, Ohio).");

        // The page forgets its conversation but keeps its user ticket: the next conversation is the same person's.
        await page.EvaluateAsync("() => window.localStorage.removeItem('recordsbot.session')");
        await page.ReloadAsync();
        await Assertions.Expect(Message(page, "RecordsBot. I help you get copies")).ToBeVisibleAsync(timeout);
        await Assertions.Expect(Message(page, "Dr. Ana Ruiz")).ToHaveCountAsync(0);
        await sendBox.FillAsync("my list");
        await sendBox.PressAsync("Enter");

        var item = page.Locator("ol li").Filter(new LocatorFilterOptions { HasTextString = "Primary care doctor, Ohio. Reach them: (555) 201-3344" });
        await Assertions.Expect(item).ToBeVisibleAsync(timeout);
        await Assertions.Expect(item.Locator("strong")).ToHaveTextAsync("Dr. Ana Ruiz");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = RepoPaths.Artifact("webchat-provider-list.png"), FullPage = true });
    }

    [Theory]
    [InlineData("websocket", "")]
    [InlineData("polling", "?transport=polling")]
    public async Task A_person_chats_in_Web_Chat_clicks_a_suggested_action_and_finds_the_conversation_after_a_reload(string transport, string query)
    {
        var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1024, Height = 800 } });
        var page = await context.NewPageAsync();
        var pageErrors = new List<string>();
        page.PageError += (_, error) => pageErrors.Add(error);
        var sockets = 0;
        var polls = 0;
        page.WebSocket += (_, _) => Interlocked.Increment(ref sockets);
        page.Request += (_, request) =>
        {
            if (request.Method == "GET" && request.Url.Contains("/v3/directline/conversations/", StringComparison.Ordinal) && request.Url.Contains("/activities", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref polls);
            }
        };
        // Web Chat renders text as markdown, which turns straight apostrophes into typographic ones: match around them.
        var timeout = new LocatorAssertionsToBeVisibleOptions { Timeout = 30_000 };

        await page.GotoAsync(app.BaseAddress + query);
        Assert.Equal("RecordsBot – get copies of your medical records", await page.TitleAsync());
        await Assertions.Expect(Message(page, "RecordsBot. I help you get copies")).ToBeVisibleAsync(timeout);

        var sendBox = page.Locator("[data-id='webchat-sendbox-input']");
        await sendBox.FillAsync("hello there");
        await sendBox.PressAsync("Enter");
        await Assertions.Expect(Message(page, "understand that. You can pick a topic, or tell me in a few words what you need.")).ToBeVisibleAsync(timeout);

        await page.GetByRole(AriaRole.Toolbar, new() { Name = "Suggested actions" }).GetByRole(AriaRole.Button, new() { Name = "Fees and deadlines" }).ClickAsync();
        await Assertions.Expect(Message(page, "work out when your records are due")).ToBeVisibleAsync(timeout);
        await sendBox.FillAsync("Texas");
        await sendBox.PressAsync("Enter");
        await page.GetByRole(AriaRole.Toolbar, new() { Name = "Suggested actions" }).GetByRole(AriaRole.Button, new() { Name = "Yes, they have it" }).ClickAsync();
        await Assertions.Expect(Message(page, "On what day did they get it?")).ToBeVisibleAsync(timeout);
        await sendBox.FillAsync("November 2");
        await sendBox.PressAsync("Enter");
        // The due dates, rendered from markdown (bold dates, a list, each source in italics).
        await Assertions.Expect(Message(page, "Tex. Occ. Code §159.006(d)")).ToBeVisibleAsync(timeout);
        await Assertions.Expect(page.Locator("li strong").First).ToBeVisibleAsync(timeout);
        await Assertions.Expect(page.GetByText("Send failed")).ToHaveCountAsync(0);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = RepoPaths.Artifact($"webchat-{transport}.png"), FullPage = true });

        await page.ReloadAsync();
        await Assertions.Expect(Message(page, "Tex. Occ. Code §159.006(d)")).ToBeVisibleAsync(timeout);
        await Assertions.Expect(Message(page, "RecordsBot. I help you get copies")).ToHaveCountAsync(1);
        await Assertions.Expect(page.GetByText("Connecting")).ToHaveCountAsync(0, new LocatorAssertionsToHaveCountOptions { Timeout = 30_000 });
        await sendBox.FillAsync("menu");
        await sendBox.PressAsync("Enter");
        await page.GetByRole(AriaRole.Toolbar, new() { Name = "Suggested actions" }).Last.GetByRole(AriaRole.Button, new() { Name = "Know my rights" }).ClickAsync();
        await Assertions.Expect(Message(page, "What would you like to know about your rights?")).ToBeVisibleAsync(timeout);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = RepoPaths.Artifact($"webchat-{transport}-after-reload.png"), FullPage = true });
        Assert.Empty(pageErrors);
        if (transport == "polling")
        {
            Assert.Equal(0, sockets);
            Assert.True(polls > 0, "Web Chat polled for activities");
        }
        else
        {
            Assert.True(sockets > 0, "Web Chat opened the WebSocket stream");
            Assert.Equal(0, polls);
        }
    }
}
