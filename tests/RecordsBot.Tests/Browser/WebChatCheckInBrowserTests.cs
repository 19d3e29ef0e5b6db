using Microsoft.Playwright;
using RecordsBot.Channels.DirectLine;
using RecordsBot.Reminders;
using RecordsBot.Tests.Infrastructure;
using RecordsBot.Tests.Reminders;

namespace RecordsBot.Tests.Browser;

/// <summary>
/// A check-in in the real Web Chat widget (Debian's Chromium through Playwright): the page is open when the check-in
/// falls due, the app's sweep writes it into the conversation, it appears without the person typing, and it is there
/// again after a reload. Leaves artifacts/webchat-checkin.png.
/// </summary>
public sealed class WebChatCheckInBrowserTests : ReminderAppTest, IAsyncLifetime
{
    private Chromium chromium = null!;

    public async Task InitializeAsync()
    {
        chromium = await Chromium.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        await chromium.DisposeAsync();
    }

    private static ILocator Message(IPage page, string text) => Chromium.Message(page, text);

    [Fact]
    public async Task A_check_in_appears_in_the_open_Web_Chat_and_again_after_a_reload()
    {
        // Check-ins at 10:05 the person's time, so the first one falls due five minutes after the page opens.
        var app = StartApp(new Dictionary<string, string?> { ["RecordsBot:Reminders:CheckInTime"] = "10:05" });
        var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1024, Height = 800 } });
        var page = await context.NewPageAsync();
        var timeout = new LocatorAssertionsToBeVisibleOptions { Timeout = 30_000 };
        await page.GotoAsync(app.BaseAddress.ToString());
        await Assertions.Expect(Message(page, "RecordsBot. I help you get copies")).ToBeVisibleAsync(timeout);

        var conversationId = await page.EvaluateAsync<string>("() => JSON.parse(window.localStorage.getItem('recordsbot.session')).conversationId");
        var conversation = await app.Get<LocalConversationStore>().FindAsync(conversationId, CancellationToken.None);
        await ReminderSeeds.PlanAsync(app, ReminderSeeds.WebChatActivity(app, conversationId, conversation!.UserId), ReminderSeeds.Request(1, new DateOnly(2026, 11, 27)));
        await Assertions.Expect(Message(page, CheckInText)).ToHaveCountAsync(0);

        Time.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(1, await app.Get<CheckInSweep>().RunOnceAsync(CancellationToken.None));
        await Assertions.Expect(Message(page, CheckInText)).ToBeVisibleAsync(timeout);

        await page.ReloadAsync();
        await Assertions.Expect(Message(page, "RecordsBot. I help you get copies")).ToBeVisibleAsync(timeout);
        await Assertions.Expect(Message(page, CheckInText)).ToBeVisibleAsync(timeout);
        await Assertions.Expect(Message(page, CheckInText)).ToHaveCountAsync(1);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = RepoPaths.Artifact("webchat-checkin.png"), FullPage = true });
    }
}
