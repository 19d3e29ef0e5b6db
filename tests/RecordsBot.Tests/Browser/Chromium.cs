using Microsoft.Playwright;

namespace RecordsBot.Tests.Browser;

/// <summary>
/// Debian's Chromium (installed by ./test.sh) launched headless through Playwright, with no browser download; shared
/// by the Web Chat browser tests, with the locator of a message bubble by its text.
/// </summary>
public sealed class Chromium : IAsyncDisposable
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private static readonly string[] Args =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
    ];

    private readonly IPlaywright playwright;

    private Chromium(IPlaywright playwright, IBrowser browser)
    {
        this.playwright = playwright;
        Browser = browser;
    }

    public IBrowser Browser { get; }

    public static async Task<Chromium> LaunchAsync()
    {
        Assert.True(File.Exists(ExecutablePath), $"{ExecutablePath} is missing: run ./test.sh, which installs Debian's chromium package.");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = ExecutablePath, Headless = true, Args = Args });
        return new Chromium(playwright, browser);
    }

    /// <summary>The Web Chat message bubbles whose text contains <paramref name="text"/>.</summary>
    public static ILocator Message(IPage page, string text) =>
        page.GetByRole(AriaRole.Paragraph).Filter(new LocatorFilterOptions { HasTextString = text });

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        playwright.Dispose();
    }
}
