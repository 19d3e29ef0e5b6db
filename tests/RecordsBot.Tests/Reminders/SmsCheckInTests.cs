using System.Text;
using System.Web;
using RecordsBot.Reminders;
using RecordsBot.Tests.Infrastructure;

namespace RecordsBot.Tests.Reminders;

/// <summary>SMS check-ins for people on Web Chat: chosen in the reminders flow, sent by Twilio's REST API (here a local
/// stub of its Messages endpoint) with the account's credentials, carrying no provider name; Twilio's 21610 stops texts.</summary>
public sealed class SmsCheckInTests : ReminderAppTest
{
    private const string Sid = "AC00000000000000000000000000000001";
    private const string Token = "test-auth-token";

    private RecordsBotApp StartSmsApp(HttpStub twilio) => StartApp(new Dictionary<string, string?>
    {
        ["RecordsBot:Reminders:SmsEnabled"] = "true",
        ["RecordsBot:Reminders:Twilio:AccountSid"] = Sid,
        ["RecordsBot:Reminders:Twilio:AuthToken"] = Token,
        ["RecordsBot:Reminders:Twilio:FromNumber"] = "+15550006666",
        ["RecordsBot:Reminders:Twilio:BaseUrl"] = twilio.BaseAddress.ToString(),
    });

    private static async Task ChooseTextsAsync(DirectLineTestClient client, DirectLineTestClient.Session session)
    {
        await client.SayAsync(session, "reminder settings", "s1");
        await client.SayAsync(session, "Send them by text", "s2");
        await client.SayAsync(session, "my cell is (555) 201-3344", "s3");
        var (activities, _) = await client.GetActivitiesAsync(session);
        Assert.Contains(activities, a => ((string?)a["text"])?.StartsWith("Done: check-ins will come by text message.", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task A_Web_Chat_person_who_chose_texts_gets_the_check_in_by_Twilio_signed_with_the_account_and_without_health_details()
    {
        await using var twilio = await HttpStub.StartAsync();
        twilio.Respond = (_, _) => (201, """{"sid":"SM0000000000000000000000000000001","status":"queued","error_code":null}""");
        var app = StartSmsApp(twilio);
        var (client, session) = await OpenChatAsync(app);
        await ReminderSeeds.PlanAsync(app, ReminderSeeds.WebChatActivity(app, session), ReminderSeeds.Request(1, new DateOnly(2026, 11, 30)));
        await ChooseTextsAsync(client, session);

        var stored = (await PreferenceAsync(app))!;
        Assert.True(stored.UseSms);
        Assert.DoesNotContain("5552013344", stored.ProtectedPhone!, StringComparison.Ordinal);
        Assert.DoesNotContain("201-3344", string.Join("\n", app.Logs), StringComparison.Ordinal);

        Time.Advance(TimeSpan.FromDays(3));
        Assert.Equal(1, await app.Get<CheckInSweep>().RunOnceAsync(CancellationToken.None));

        var call = Assert.Single(twilio.Calls);
        Assert.Equal(("POST", $"/2010-04-01/Accounts/{Sid}/Messages.json"), (call.Method, call.Path));
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(Sid + ":" + Token)), call.Authorization);
        Assert.StartsWith("application/x-www-form-urlencoded", call.ContentType, StringComparison.Ordinal);
        var form = HttpUtility.ParseQueryString(call.Body);
        Assert.Equal(("+15552013344", "+15550006666"), (form["To"], form["From"]));
        Assert.StartsWith("RecordsBot: a records request you track is due in a few days.", form["Body"], StringComparison.Ordinal);
        Assert.DoesNotContain("Secretname", form["Body"], StringComparison.Ordinal);
        Assert.True(form["Body"]!.Length <= 306);
        Assert.Equal("sms", (await RowsAsync(app))[0].SentVia);
        Assert.Equal(0, CheckInsShown(await TextsAsync(app, session)));
    }

    [Fact]
    public async Task Twilio_21610_means_the_number_texted_STOP_texts_stop_and_check_ins_come_back_into_the_chat()
    {
        await using var twilio = await HttpStub.StartAsync();
        twilio.Respond = (_, _) => (400, """{"code":21610,"message":"Attempt to send to unsubscribed recipient","more_info":"https://www.twilio.com/docs/errors/21610","status":400}""");
        var app = StartSmsApp(twilio);
        var (client, session) = await OpenChatAsync(app);
        await ReminderSeeds.PlanAsync(app, ReminderSeeds.WebChatActivity(app, session), ReminderSeeds.Request(1, new DateOnly(2026, 11, 30)));
        await ChooseTextsAsync(client, session);

        Time.Advance(TimeSpan.FromDays(3));
        var sweep = app.Get<CheckInSweep>();
        Assert.Equal(0, await sweep.RunOnceAsync(CancellationToken.None));
        var first = (await RowsAsync(app))[0];
        Assert.Equal((CheckInStatus.Unreachable, "twilio-21610"), (first.Status, first.LastError));
        Assert.False((await PreferenceAsync(app))!.UseSms);

        Time.Advance(TimeSpan.FromDays(3));
        Assert.Equal(1, await sweep.RunOnceAsync(CancellationToken.None));
        Assert.Single(twilio.Calls);
        Assert.Equal(1, CheckInsShown(await TextsAsync(app, session)));
    }

    [Fact]
    public async Task Without_SMS_set_up_texts_are_not_offered()
    {
        var app = StartApp();
        var (client, session) = await OpenChatAsync(app);
        await client.SayAsync(session, "reminder settings", "s1");
        await client.SayAsync(session, "Send them by text", "s2");
        var (activities, _) = await client.GetActivitiesAsync(session);
        Assert.Contains(activities, a => (string?)a["text"] == "Sorry, I can't send check-ins by text here. They stay in this chat.");
        Assert.Null(await PreferenceAsync(app));
    }
}
