using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using RecordsBot.Privacy;
using RecordsBot.Providers;
using RecordsBot.Tests.Infrastructure;
using RecordsBot.Tracking;

namespace RecordsBot.Tests.Forms.Flow;

/// <summary>
/// A follow-up letter begun for a tracked request (values letterKind and requestId, as request tracking begins it) takes
/// the request's provider, state and dates, and the saved provider's postal address, without asking them. Request
/// tracking is another branch: <see cref="OneTrackedRequest"/> stands in for its store, and a test-only flow begins
/// request-form with those values.
/// </summary>
public sealed class TrackedRequestLetterTests : AppTest
{
    private const string User = "user-tracked-letter";
    private static readonly PersonRef Person = new("webchat", User);
    private readonly OneTrackedRequest tracked = new();

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
            s.AddSingleton<ITrackedRequests>(tracked);
        });
    }

    [Fact]
    public async Task A_follow_up_for_a_tracked_request_takes_its_provider_and_dates_without_asking()
    {
        var saved = await App.Get<IProviderList>().AddAsync(Person, new ProviderDetails("Austin Heart Clinic", "cardiologist", "TX", "1 Congress Ave, Austin, TX 78701"), CancellationToken.None);
        tracked.Request = new TrackedRequest(7, new TrackedRequestDetails(saved.Id, "Austin Heart Clinic", "TX", RequestMethod.Mail, RequestStatus.Sent,
            new DateOnly(2026, 9, 1), new DateOnly(2026, 9, 3), new DateOnly(2026, 10, 3), new DateOnly(2026, 11, 2)), DateTime.UtcNow, DateTime.UtcNow);
        var bot = new BotClient(App.Http(), userId: User);
        await bot.JoinAsync();
        await bot.SayAsync("plugh please");
        await bot.SayAsync("Follow-up");
        var opened = await bot.SayAsync("7");
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

    /// <summary>The one tracked request of the test's person.</summary>
    private sealed class OneTrackedRequest : ITrackedRequests
    {
        public TrackedRequest? Request { get; set; }

        public Task<IReadOnlyList<TrackedRequest>> ListAsync(PersonRef person, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<TrackedRequest>>(person == Person && Request is not null ? [Request] : []);

        public Task<TrackedRequest?> FindAsync(PersonRef person, long id, CancellationToken cancellationToken) =>
            Task.FromResult(person == Person && Request?.Id == id ? Request : null);

        public Task<TrackedRequest> AddAsync(PersonRef person, TrackedRequestDetails details, CancellationToken cancellationToken) =>
            throw new NotSupportedException("The letter flow only reads tracked requests.");

        public Task<TrackedRequest?> UpdateAsync(PersonRef person, long id, TrackedRequestDetails details, CancellationToken cancellationToken) =>
            throw new NotSupportedException("The letter flow only reads tracked requests.");

        public Task<bool> RemoveAsync(PersonRef person, long id, CancellationToken cancellationToken) =>
            throw new NotSupportedException("The letter flow only reads tracked requests.");
    }
}
