using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using RecordsBot.Privacy;
using RecordsBot.Providers;
using RecordsBot.Tests.Infrastructure;
using RecordsBot.Tracking;

namespace RecordsBot.Tests.Forms.Flow;

/// <summary>
/// A follow-up letter begun for a tracked request (values letterKind and requestId, as request tracking begins it) takes
/// the request's provider, state and dates, and the saved provider's postal address, without asking them: begun by a
/// test-only flow with those values, and by the real "Track my requests" topic when a request it tracks is late.
/// </summary>
public sealed class TrackedRequestLetterTests : AppTest
{
    private const string User = "user-tracked-letter";
    private static readonly PersonRef Person = new("webchat", User);

    protected override RecordsBotApp CreateApp()
    {
        var dialogs = Data.CopyDialogs();
        File.WriteAllText(Path.Combine(dialogs, "tracked-letter.dialog.yaml"), """
            id: tracked-letter
            title: tracked.title
            steps:
              - id: kind
                prompt: choice
                text: tracked.kind
                into: letterKind
                choices:
                  - value: follow-up
                    label: tracked.followUp
                  - value: complaint
                    label: tracked.complaint
              - id: id
                prompt: text
                text: tracked.id
                into: requestId
              - id: letter
                begin: request-form
                with: [letterKind, requestId]
            """);
        File.WriteAllText(Path.Combine(dialogs, "tracked.strings.en-US.json"), """
            { "tracked.title": "tracked", "tracked.kind": "Which letter?", "tracked.followUp": "Follow-up", "tracked.complaint": "Complaint", "tracked.id": "Which request?" }
            """);
        File.AppendAllText(Path.Combine(dialogs, "phrases.en-US.yaml"), "\ntracked-letter:\n  - plugh please\n");
        return new RecordsBotApp(Data, new Dictionary<string, string?> { ["RecordsBot:DialogsPath"] = dialogs }, s =>
        {
            s.AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 15, 0, 0, TimeSpan.Zero)));
        });
    }

    [Fact]
    public async Task A_follow_up_for_a_tracked_request_takes_its_provider_and_dates_without_asking()
    {
        var saved = await App.Get<IProviderList>().AddAsync(Person, new ProviderDetails("Austin Heart Clinic", "cardiologist", "TX", "1 Congress Ave, Austin, TX 78701"), CancellationToken.None);
        var tracked = await App.Get<ITrackedRequests>().AddAsync(Person, new TrackedRequestDetails(saved.Id, "Austin Heart Clinic", "TX", RequestMethod.Mail, RequestStatus.Sent,
            new DateOnly(2026, 9, 1), new DateOnly(2026, 9, 3), new DateOnly(2026, 10, 3), new DateOnly(2026, 11, 2)), CancellationToken.None);
        var bot = new BotClient(App.Http(), userId: User);
        await bot.JoinAsync();
        await bot.SayAsync("plugh please");
        await bot.SayAsync("Follow-up");
        var opened = await bot.SayAsync(tracked.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.StartsWith("Let's write a follow-up letter", opened[0].Text, StringComparison.Ordinal);
        foreach (var answer in new[] { "my own records", "José Álvarez", "July 4, 1975", "5 Pine St, Austin, TX 78701", "512 555 0199" })
        {
            await bot.SayAsync(answer);
        }

        // After the person's own details: no provider, state or date questions.
        var next = await bot.SayAsync("skip");
        Assert.Equal("Which records do you want?", next[^1].Text);
        await bot.SayAsync("all");
        await bot.SayAsync("paper");
        var summary = string.Join("\n", (await bot.SayAsync("mail")).Select(r => r.Text));
        Assert.Contains("**Provider**: Austin Heart Clinic", summary, StringComparison.Ordinal);
        Assert.Contains("**Provider address**: 1 Congress Ave, Austin, TX 78701", summary, StringComparison.Ordinal);
        Assert.Contains("**Provider state**: Texas", summary, StringComparison.Ordinal);
        Assert.Contains("**First request sent**: September 1, 2026", summary, StringComparison.Ordinal);
        Assert.Contains("**Records due**: November 2, 2026", summary, StringComparison.Ordinal);
        var ready = await bot.SayAsync("yes");
        Assert.Equal("application/pdf", Assert.Single(ready[0].Attachments).ContentType);
    }

    [Fact]
    public async Task A_late_request_tracked_in_conversation_leads_to_a_follow_up_letter_that_knows_its_provider_and_dates()
    {
        var bot = new BotClient(App.Http(), userId: "user-tracked-then-letter");
        await bot.JoinAsync();
        await bot.SayAsync("Track my requests");
        foreach (var answer in new[] { "Mercy Hospital", "Ohio", "Mail", "October 1", "no" })
        {
            await bot.SayAsync(answer);
        }

        var saved = string.Join("\n", (await bot.SayAsync("Waiting for them")).Select(r => r.Text));
        Assert.Contains("October 31, 2026", saved, StringComparison.Ordinal);
        Assert.Contains("Do you want to write a follow-up letter to Mercy Hospital now?", saved, StringComparison.Ordinal);

        var opened = await bot.SayAsync("yes");
        Assert.StartsWith("Let's write a follow-up letter", opened[0].Text, StringComparison.Ordinal);
        foreach (var answer in new[] { "my own records", "Ana Ruiz", "May 5, 1980", "9 Elm St, Columbus, OH 43215", "614 555 0100" })
        {
            await bot.SayAsync(answer);
        }

        // The provider, its state and the dates come from the tracked request: only its postal address is asked.
        Assert.Equal("What is Mercy Hospital's address for records requests (street, city, state and ZIP)?", (await bot.SayAsync("skip"))[^1].Text);
        await bot.SayAsync("100 Main St, Columbus, OH 43215");
        await bot.SayAsync("all");
        await bot.SayAsync("paper");
        var summary = string.Join("\n", (await bot.SayAsync("mail")).Select(r => r.Text));
        Assert.Contains("**Provider**: Mercy Hospital", summary, StringComparison.Ordinal);
        Assert.Contains("**Provider state**: Ohio", summary, StringComparison.Ordinal);
        Assert.Contains("**First request sent**: October 1, 2026", summary, StringComparison.Ordinal);
        Assert.Contains("**Records due**: October 31, 2026", summary, StringComparison.Ordinal);

        var ready = await bot.SayAsync("yes");
        Assert.Equal("application/pdf", Assert.Single(ready[0].Attachments).ContentType);
    }
}
