using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RecordsBot.Bot;
using RecordsBot.Channels;
using RecordsBot.Privacy;
using RecordsBot.Reminders;
using RecordsBot.Tests.Infrastructure;
using RecordsBot.Tracking;

namespace RecordsBot.Tests.Reminders;

/// <summary>
/// Tracks a request and plans its check-ins the way the tracking conversation does (ITrackedRequests, then
/// ICheckInScheduler.PlanAsync in a turn of the person's conversation), without walking through its questions: the turn is the person's local Web Chat conversation,
/// addressed like one of their messages, with their time zone.
/// </summary>
public static class ReminderSeeds
{
    public static TrackedRequest Request(long id, DateOnly dueOn, RequestStatus status = RequestStatus.Sent) =>
        new(id, new TrackedRequestDetails(null, "Dr. Zoë Secretname", "OH", RequestMethod.Mail, status, dueOn.AddDays(-30), null, dueOn, null), DateTime.UnixEpoch, DateTime.UnixEpoch);

    public static Activity WebChatActivity(RecordsBotApp app, DirectLineTestClient.Session session, string timeZone = "America/New_York") =>
        WebChatActivity(app, session.ConversationId, session.UserId, timeZone);

    public static Activity WebChatActivity(RecordsBotApp app, string conversationId, string userId, string timeZone = "America/New_York") => new(ActivityTypes.Message)
    {
        Id = "seed",
        ChannelId = ChannelIds.WebChat,
        ServiceUrl = app.BaseAddress.ToString(),
        Conversation = new ConversationAccount(id: conversationId),
        From = new ChannelAccount(userId, role: RoleTypes.User),
        Recipient = new ChannelAccount("recordsbot", "RecordsBot", RoleTypes.Bot),
        LocalTimezone = timeZone,
        Text = "track",
    };

    /// <summary>Tracks the request (its details, in the person's store of tracked requests, which gives it its id) and
    /// plans its check-ins, in a turn of the conversation <paramref name="activity"/> belongs to.</summary>
    public static async Task<TrackedRequest> PlanAsync(RecordsBotApp app, Activity activity, TrackedRequest request)
    {
        using var turn = new TurnContext(app.Get<RecordsBotAdapter>(), activity);
        var tracked = await app.Get<ITrackedRequests>().AddAsync(PersonRef.Of(turn), request.Details, CancellationToken.None);
        await app.Get<ICheckInScheduler>().PlanAsync(turn, tracked, CancellationToken.None);
        return tracked;
    }

    public static async Task<List<CheckIn>> CheckInsAsync(RecordsBotApp app)
    {
        var factory = app.Services.GetRequiredService<IDbContextFactory<RecordsBot.Storage.RecordsBotDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        return await db.Set<CheckIn>().AsNoTracking().OrderBy(x => x.DueUtc).ToListAsync();
    }
}
