using System.Net;
using RecordsBot.Tests.Infrastructure;

namespace RecordsBot.Tests.Http;

/// <summary>The app refuses to start on bad settings or a broken file in dialogs/, saying what to fix and where.</summary>
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
        var dialogs = data.CopyDialogs();
        var strings = Path.Combine(dialogs, "strings.en-US.json");
        File.WriteAllText(strings, File.ReadAllText(strings).Replace("\"error.conflict\":", "\"error.conflictz\":", StringComparison.Ordinal));

        var error = Assert.ThrowsAny<Exception>(() => new RecordsBotApp(data, new Dictionary<string, string?> { ["RecordsBot:DialogsPath"] = dialogs }));

        Assert.Contains(strings + ":1: missing string keys: error.conflict.", error.ToString());
    }

    [Fact]
    public void A_strings_file_with_broken_JSON_stops_the_start_with_its_path_and_line()
    {
        var dialogs = data.CopyDialogs();
        File.WriteAllText(Path.Combine(dialogs, "strings.en-US.json"), "{\n  \"welcome.greeting\": \"Hi\",\n  \"oops\" \"no colon\"\n}");

        var error = Assert.ThrowsAny<Exception>(() => new RecordsBotApp(data, new Dictionary<string, string?> { ["RecordsBot:DialogsPath"] = dialogs }));

        Assert.Contains(Path.Combine(dialogs, "strings.en-US.json") + ":3:", error.ToString());
    }

    [Theory]
    [InlineData("    say: tracking.intro", "    sya: tracking.intro", ":46: step 'intro' has no step kind: found sya")]
    [InlineData("  - id: saved-closed", "  - id: intro", ":170: step id 'intro' is used twice (first on line 46).")]
    [InlineData("    say: tracking.saved.closed\n    next: start", "    say: tracking.saved.closed\n    next: nowhere", ":172: step 'saved-closed' goes next to 'nowhere', which is not a step of this flow.")]
    [InlineData("    say: tracking.intro", "    say: tracking.intor", ":47: step 'intro' uses string key 'tracking.intor', which is not in strings.en-US.json.")]
    [InlineData("    say: tracking.intro", "    handler: make-coffee", ":47: step 'intro' calls handler 'make-coffee', which the app does not have")]
    [InlineData("steps:", "steps: [", ":10:")]
    [InlineData("    say: tracking.intro", "    say: delete.done\n    next: nowhere", ":48: step 'intro' goes next to 'nowhere'")]
    [InlineData("title: tracking.title\n", "", ":6: 'title' is missing.")]
    public void A_broken_dialog_file_stops_the_start_with_its_name_line_and_what_is_wrong(string find, string replace, string expected)
    {
        var dialogs = data.CopyDialogs();
        var flow = Path.Combine(dialogs, "track-request.dialog.yaml");
        var text = File.ReadAllText(flow);
        Assert.Contains(find, text);
        File.WriteAllText(flow, text.Replace(find, replace, StringComparison.Ordinal));

        var error = Assert.ThrowsAny<Exception>(() => new RecordsBotApp(data, new Dictionary<string, string?> { ["RecordsBot:DialogsPath"] = dialogs }));

        Assert.Contains(flow + expected, error.ToString());
    }

    [Theory]
    [InlineData("\"menu.rights.synonyms\": \"rights,", "\"menu.rights.synonyms\": \"start over, rights,", "main.dialog.yaml:16: step 'menu' offers 'start over' as a choice, but that is a command word")]
    [InlineData("\"delete.kept\": \"OK,", "\"delete.kept\": \"{name}, OK,", "delete-my-data.dialog.yaml:25: step 'keep' says 'delete.kept', whose text uses {name}, a value no step of this flow stores")]
    [InlineData("\"menu.prompt\": \"What would you like to do?\",", "\"menu.prompt\": \"What would you like to do?\",\n  \"menu.prompts.sms\": \"What?\",", "strings.en-US.json:11: 'menu.prompts.sms' is the SMS version of 'menu.prompts', which does not exist.")]
    [InlineData("\"menu.prompt\": \"What would you like to do?\",", "\"menu.prompt\": \"What would you like to do, {topic:colour}?\",", "main.dialog.yaml:9: step 'menu' says 'menu.prompt', whose text uses {topic:colour}; the formats are date and time.")]
    public void Strings_that_could_never_work_stop_the_start(string find, string replace, string expected)
    {
        var dialogs = data.CopyDialogs();
        var strings = Path.Combine(dialogs, "strings.en-US.json");
        var text = File.ReadAllText(strings);
        Assert.Contains(find, text);
        File.WriteAllText(strings, text.Replace(find, replace, StringComparison.Ordinal));

        var error = Assert.ThrowsAny<Exception>(() => new RecordsBotApp(data, new Dictionary<string, string?> { ["RecordsBot:DialogsPath"] = dialogs }));

        Assert.Contains(Path.Combine(dialogs, expected), error.ToString());
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
