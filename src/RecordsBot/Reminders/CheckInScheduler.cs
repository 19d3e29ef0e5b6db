using Microsoft.Bot.Builder;
using Microsoft.EntityFrameworkCore;
using Newtonsoft.Json;
using Microsoft.Extensions.Options;
using RecordsBot.Hosting;
using RecordsBot.Privacy;
using RecordsBot.Storage;
using RecordsBot.Tracking;

namespace RecordsBot.Reminders;

/// <summary>
/// Stores the check-ins <see cref="CheckInPlanner"/> wants for a request, with the conversation to write into (this
/// turn's) and the person's time zone. Planning again replaces the request's pending check-ins (one being sent right
/// now stays); it needs nothing of the dialog engine, so the engine's handlers may take it; a person who turned check-ins off gets them stored as paused; a snooze holds them back.
/// </summary>
public sealed partial class CheckInScheduler(
    IDbContextFactory<RecordsBotDbContext> dbFactory,
    PersonKeys keys,
    CheckInPlanner planner,
    IOptions<RecordsBotOptions> appOptions,
    TimeProvider time,
    ILogger<CheckInScheduler> logger) : ICheckInScheduler
{
    public async Task PlanAsync(ITurnContext turn, TrackedRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(request);
        var owner = await keys.KeyOfAsync(PersonRef.Of(turn), cancellationToken);
        var zone = PersonTimeZones.Of(turn, TimeZoneInfo.FindSystemTimeZoneById(appOptions.Value.DefaultTimeZone));
        var now = time.GetUtcNow().UtcDateTime;
        var conversation = turn.Activity.GetConversationReference();
        var reference = JsonConvert.SerializeObject(conversation);

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var preference = await db.Set<ReminderPreference>().AsNoTracking().FirstOrDefaultAsync(x => x.OwnerKey == owner, cancellationToken);
        await RemoveUnsentAsync(db, owner, request.Id, now, cancellationToken);
        var beingSent = await db.Set<CheckIn>().AsNoTracking()
            .Where(x => x.OwnerKey == owner && x.RequestId == request.Id && x.Status == CheckInStatus.Pending)
            .Select(x => new { x.Kind, x.DueUtc })
            .ToListAsync(cancellationToken);

        var planned = planner.Plan(request, zone, now)
            .Where(p => !beingSent.Any(b => b.Kind == p.Kind && b.DueUtc == p.DueUtc))
            .ToList();
        if (preference?.SnoozedUntilUtc is { } until && until > now)
        {
            planned = Snooze.Apply(planned, until);
        }

        var status = preference?.OptedIn == false ? CheckInStatus.Paused : CheckInStatus.Pending;
        foreach (var p in planned)
        {
            db.Set<CheckIn>().Add(new CheckIn
            {
                OwnerKey = owner,
                RequestId = request.Id,
                RequestDueOn = request.CurrentDueOn ?? DateOnly.FromDateTime(p.DueUtc),
                Kind = p.Kind,
                DueUtc = p.DueUtc,
                NextAttemptUtc = p.DueUtc,
                Status = status,
                ConversationReference = reference,
                ConversationKey = ConversationKeys.Of(conversation),
                TimeZone = PersonTimeZones.IdOf(zone),
                CreatedUtc = now,
            });
        }

        await db.SaveChangesAsync(cancellationToken);
        LogPlanned(logger, PrivacySafe.Hash(owner), request.Id, planned.Count, status.ToString());
    }

    public async Task CancelAsync(ITurnContext turn, long requestId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var owner = await keys.KeyOfAsync(PersonRef.Of(turn), cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var removed = await RemoveUnsentAsync(db, owner, requestId, now, cancellationToken);
        LogCancelled(logger, PrivacySafe.Hash(owner), requestId, removed);
    }

    /// <summary>Deletes the request's check-ins that are waiting (pending or paused) and not claimed by a sender now.</summary>
    private static Task<int> RemoveUnsentAsync(RecordsBotDbContext db, string owner, long requestId, DateTime now, CancellationToken cancellationToken) =>
        db.Set<CheckIn>()
            .Where(x => x.OwnerKey == owner && x.RequestId == requestId
                && (x.Status == CheckInStatus.Paused || (x.Status == CheckInStatus.Pending && (x.ClaimExpiresUtc == null || x.ClaimExpiresUtc <= now))))
            .ExecuteDeleteAsync(cancellationToken);

    [LoggerMessage(EventId = 6100, EventName = "checkins_planned", Level = LogLevel.Information,
        Message = "Planned {Count} check-ins ({Status}) for request {RequestId} of person {Owner}")]
    private static partial void LogPlanned(ILogger logger, string owner, long requestId, int count, string status);

    [LoggerMessage(EventId = 6101, EventName = "checkins_cancelled", Level = LogLevel.Information,
        Message = "Removed {Count} waiting check-ins of deleted request {RequestId} of person {Owner}")]
    private static partial void LogCancelled(ILogger logger, string owner, long requestId, int count);
}
