using System.Net;
using RecordsBot.Tests.Infrastructure;

namespace RecordsBot.Tests.Http;

/// <summary>The app refuses to start on bad settings or a broken strings file, saying what to fix.</summary>
public sealed class StartupTests : IDisposable
{
    private readonly TestDataFolder data = new();

    public void Dispose() => data.Dispose();

    [Theory]
    [InlineData("RecordsBot:LocalChannel:RetentionDays", "0", "RecordsBot:LocalChannel:RetentionDays")]
    [InlineData("RecordsBot:MaxMessageLength", "0", "RecordsBot:MaxMessageLength")]
    [InlineData("RecordsBot:LocalChannel:TokenLifetime", "00:05:00", "RecordsBot:LocalChannel:TokenLifetime")]
    [InlineData("RecordsBot:LocalChannel:ServiceUrl", "not a url", "RecordsBot:LocalChannel:ServiceUrl")]
    [InlineData("RecordsBot:LocalChannel:AllowedOrigins:0", "https://example.org/path", "RecordsBot:LocalChannel:AllowedOrigins")]
    public void A_bad_setting_stops_the_start_and_names_the_setting(string key, string value, string named)
    {
        var error = Assert.ThrowsAny<Exception>(() => new RecordsBotApp(data, new Dictionary<string, string?> { [key] = value }));

        Assert.Contains(named, error.ToString());
    }

    [Fact]
    public void Turning_the_local_channel_on_with_an_app_id_is_refused()
    {
        var error = Assert.ThrowsAny<Exception>(() => new RecordsBotApp(data, new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = "00000000-0000-0000-0000-000000000001",
            ["RecordsBot:LocalChannel:Enabled"] = "true",
        }));

        Assert.Contains("RecordsBot:LocalChannel:Enabled", error.ToString());
    }

    [Fact]
    public void A_strings_file_with_a_missing_key_stops_the_start_with_its_name_and_the_key()
    {
        var dialogs = Directory.CreateDirectory(Path.Combine(data.Path, "dialogs")).FullName;
        var source = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "dialogs", "strings.en-US.json"));
        File.WriteAllText(Path.Combine(dialogs, "strings.en-US.json"), source.Replace("\"error.turn\":", "\"error.turnz\":", StringComparison.Ordinal));

        var error = Assert.ThrowsAny<Exception>(() => new RecordsBotApp(data, new Dictionary<string, string?> { ["RecordsBot:DialogsPath"] = dialogs }));

        Assert.Contains("strings.en-US.json: missing string keys: error.turn", error.ToString());
    }

    [Fact]
    public void A_strings_file_with_broken_JSON_stops_the_start_with_its_path_and_line()
    {
        var dialogs = Directory.CreateDirectory(Path.Combine(data.Path, "dialogs")).FullName;
        File.WriteAllText(Path.Combine(dialogs, "strings.en-US.json"), "{\n  \"welcome.greeting\": \"Hi\",\n  \"oops\" \"no colon\"\n}");

        var error = Assert.ThrowsAny<Exception>(() => new RecordsBotApp(data, new Dictionary<string, string?> { ["RecordsBot:DialogsPath"] = dialogs }));

        Assert.Contains(Path.Combine(dialogs, "strings.en-US.json") + ":3:", error.ToString());
    }

    [Fact]
    public async Task Readiness_fails_plainly_when_the_Web_Chat_bundle_is_missing()
    {
        using var app = new RecordsBotApp(data, new Dictionary<string, string?> { ["webroot"] = Directory.CreateDirectory(Path.Combine(data.Path, "empty-webroot")).FullName });

        var response = await app.Http().GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("Web Chat bundle missing", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_local_channel_can_be_switched_off_without_an_app_id()
    {
        using var app = new RecordsBotApp(data, new Dictionary<string, string?> { ["RecordsBot:LocalChannel:Enabled"] = "false" });
        var http = app.Http();

        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.PostAsync("/v3/directline/conversations", null)).StatusCode);
        var replies = await new BotClient(http).JoinAsync();
        Assert.Equal(2, replies.Count);
    }
}
