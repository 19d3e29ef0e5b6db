using RecordsBot.Dialogs.Recognition;
using RecordsBot.Tests.Infrastructure;

namespace RecordsBot.Tests.Recognition;

/// <summary>The packages brought in by build/BotFramework.targets work, and AdaptiveCards is never needed.</summary>
public sealed class BotFrameworkPackagesTests
{
    private static readonly DateOnly Today = new(2026, 11, 24);

    [Fact]
    public async Task A_whole_conversation_never_loads_the_AdaptiveCards_assembly()
    {
        using var data = new TestDataFolder();
        using var app = new RecordsBotApp(data);
        var loaded = new List<string>();
        AppDomain.CurrentDomain.AssemblyLoad += (_, e) => { lock (loaded) { loaded.Add(e.LoadedAssembly.GetName().Name!); } };

        foreach (var channel in new[] { "webchat", "msteams", "sms" })
        {
            var bot = new BotClient(app.Http(), channel);
            await bot.JoinAsync();
            await bot.SayAsync("Track my requests");
            await bot.SayAsync("3");
            await bot.SayAsync("what?");
        }

        Assert.DoesNotContain(AppDomain.CurrentDomain.GetAssemblies(), a => a.GetName().Name == "AdaptiveCards");
        lock (loaded)
        {
            Assert.DoesNotContain("AdaptiveCards", loaded);
        }

        Assert.False(File.Exists(Path.Combine(AppContext.BaseDirectory, "AdaptiveCards.dll")));
    }

    [Theory]
    [InlineData("last Tuesday", "2026-11-17")]
    [InlineData("I mailed it last Tuesday", "2026-11-17")]
    [InlineData("about two weeks ago", "2026-11-10")]
    [InlineData("sent on March 3rd", "2026-03-03")]
    [InlineData("yesterday", "2026-11-23")]
    public void The_date_recognizer_resolves_past_dates_people_mention(string text, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), DateRecognizer.Recognize(text, Today, DateRange.Past));
    }

    [Theory]
    [InlineData("no idea")]
    [InlineData("")]
    [InlineData("next Friday")]
    public void Text_without_a_past_date_gives_none(string text)
    {
        Assert.Null(DateRecognizer.Recognize(text, Today, DateRange.Past));
    }
}
