using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RecordsBot.Dialogs;
using RecordsBot.Hosting;
using RecordsBot.Storage;

namespace RecordsBot.Reminders;

/// <summary>
/// One pass over the check-ins that are due: each is claimed with a conditional UPDATE (pending, next attempt due),
/// so when several instances share the database exactly one of them gets it; a claim lasts
/// <see cref="RemindersOptions.ClaimDuration"/>, after which another instance may retake it (the sender died). Before
/// claiming: a check-in superseded by a later one of the same request that is also due (the app was down) is skipped;
/// one in the person's quiet hours, or while they snoozed, waits; one of a person who turned check-ins off is paused.
/// Then it is sent (by SMS when the person chose it, else into the conversation), and marked sent, retried with backoff,
/// given up, or — when the channel says the conversation is gone — marked unreachable with the conversation's other
/// check-ins pruned.
/// </summary>
public sealed partial class CheckInSweep(
    IDbContextFactory<RecordsBotDbContext> dbFactory,
    ChatCheckInSender chat,
    SmsCheckInSender sms,
    PhoneProtector phones,
    DialogRunner dialogs,
    IOptions<RemindersOptions> options,
    TimeProvider time,
    ILogger<CheckInSweep> logger)
{
    /// <summary>
    /// Sends everything that is due now, a batch at a time, until a batch comes back short; returns how many were sent.
    /// Check-ins cluster (10:00 in each time zone), so a burst is sent back to back rather than one batch per tick:
    /// every check-in a batch takes leaves the due set (sent, skipped, paused, deferred, retried later, or claimed by
    /// another instance), so the loop ends.
    /// </summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var sent = 0;
        SweepBatch batch;
        do
        {
            batch = await RunBatchAsync(cancellationToken);
            sent += batch.Sent;
        }
        while (batch.Found == options.Value.BatchSize);

        return sent;
    }

    /// <summary>One batch: finds at most <see cref="RemindersOptions.BatchSize"/> due check-ins and processes each.</summary>
    public async Task<SweepBatch> RunBatchAsync(CancellationToken cancellationToken)
    {
        var o = options.Value;
        var now = time.GetUtcNow().UtcDateTime;
        List<CheckIn> due;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            due = await DueQuery(db, now, o.BatchSize).ToListAsync(cancellationToken);
        }

        var sent = 0;
        foreach (var checkIn in due)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (await ProcessAsync(checkIn, now, cancellationToken))
            {
                sent++;
            }
        }

        return new SweepBatch(due.Count, sent);
    }

    /// <summary>The sweep's query: pending check-ins whose next attempt is due, oldest first. It is answered from the
    /// (Status, NextAttemptUtc) index, however many check-ins are stored.</summary>
    public static IQueryable<CheckIn> DueQuery(RecordsBotDbContext db, DateTime now, int batchSize) =>
        db.Set<CheckIn>().AsNoTracking()
            .Where(x => x.Status == CheckInStatus.Pending && x.NextAttemptUtc <= now)
            .OrderBy(x => x.NextAttemptUtc)
            .Take(batchSize);

    private async Task<bool> ProcessAsync(CheckIn checkIn, DateTime now, CancellationToken cancellationToken)
    {
        var o = options.Value;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var checkIns = db.Set<CheckIn>();
        var unclaimed = checkIns.Where(x => x.Id == checkIn.Id && x.Status == CheckInStatus.Pending && x.NextAttemptUtc <= now);

        var superseded = await checkIns.AnyAsync(x => x.OwnerKey == checkIn.OwnerKey && x.RequestId == checkIn.RequestId
            && x.Status == CheckInStatus.Pending && x.DueUtc > checkIn.DueUtc && x.DueUtc <= now, cancellationToken);
        if (superseded)
        {
            await unclaimed.ExecuteUpdateAsync(s => s.SetProperty(x => x.Status, CheckInStatus.Skipped), cancellationToken);
            LogSkipped(logger, checkIn.Id);
            return false;
        }

        var preference = await db.Set<ReminderPreference>().AsNoTracking().FirstOrDefaultAsync(x => x.OwnerKey == checkIn.OwnerKey, cancellationToken);
        if (preference?.OptedIn == false)
        {
            await unclaimed.ExecuteUpdateAsync(s => s.SetProperty(x => x.Status, CheckInStatus.Paused), cancellationToken);
            return false;
        }

        var zone = PersonTimeZones.FromId(checkIn.TimeZone, dialogs.Environment.DefaultTimeZone);
        var notBefore = preference?.SnoozedUntilUtc is { } until && until > now ? until : now;
        var allowed = LocalTimes.OutsideQuietHours(notBefore, zone, o.QuietHoursStart, o.QuietHoursEnd);
        if (allowed > now)
        {
            await unclaimed.ExecuteUpdateAsync(s => s.SetProperty(x => x.NextAttemptUtc, allowed), cancellationToken);
            LogDeferred(logger, checkIn.Id, allowed);
            return false;
        }

        var claimId = Guid.NewGuid().ToString("N");
        var expires = now + o.ClaimDuration;
        var claimed = await unclaimed.ExecuteUpdateAsync(s => s
            .SetProperty(x => x.ClaimId, claimId)
            .SetProperty(x => x.ClaimExpiresUtc, expires)
            .SetProperty(x => x.NextAttemptUtc, expires)
            .SetProperty(x => x.Attempts, x => x.Attempts + 1), cancellationToken);
        if (claimed == 0)
        {
            // Another instance took it, or it was cancelled meanwhile.
            return false;
        }

        var attempts = checkIn.Attempts + 1;
        checkIn.Kind = CheckInKinds.AsOf(checkIn.Kind, checkIn.RequestDueOn, DateOnly.FromDateTime(LocalTimes.ToLocal(now, zone)));
        var result = await DeliverAsync(checkIn, preference, cancellationToken);
        var done = time.GetUtcNow().UtcDateTime;
        var mine = checkIns.Where(x => x.Id == checkIn.Id && x.ClaimId == claimId);
        switch (result.Outcome)
        {
            case DeliveryOutcome.Sent:
                await mine.ExecuteUpdateAsync(s => s
                    .SetProperty(x => x.Status, CheckInStatus.Sent)
                    .SetProperty(x => x.SentUtc, done)
                    .SetProperty(x => x.SentVia, result.Via)
                    .SetProperty(x => x.ClaimExpiresUtc, (DateTime?)null), cancellationToken);
                LogSent(logger, checkIn.Id, checkIn.Kind, result.Via, attempts);
                return true;

            case DeliveryOutcome.Gone:
                await mine.ExecuteUpdateAsync(s => s
                    .SetProperty(x => x.Status, CheckInStatus.Unreachable)
                    .SetProperty(x => x.LastError, result.Error)
                    .SetProperty(x => x.ClaimExpiresUtc, (DateTime?)null), cancellationToken);
                var pruned = await checkIns
                    .Where(x => x.ConversationKey == checkIn.ConversationKey && x.Id != checkIn.Id
                        && (x.Status == CheckInStatus.Paused || (x.Status == CheckInStatus.Pending && (x.ClaimExpiresUtc == null || x.ClaimExpiresUtc <= done))))
                    .ExecuteDeleteAsync(cancellationToken);
                LogGone(logger, checkIn.Id, result.Error ?? "-", pruned);
                return false;

            case DeliveryOutcome.Stopped:
                await mine.ExecuteUpdateAsync(s => s
                    .SetProperty(x => x.Status, CheckInStatus.Unreachable)
                    .SetProperty(x => x.LastError, result.Error ?? "stopped")
                    .SetProperty(x => x.ClaimExpiresUtc, (DateTime?)null), cancellationToken);
                if (result.Via == SmsCheckInSender.Via)
                {
                    // The number texted STOP to our Twilio number: no more texts; check-ins go back into the chat.
                    await db.Set<ReminderPreference>().Where(x => x.OwnerKey == checkIn.OwnerKey)
                        .ExecuteUpdateAsync(s => s.SetProperty(x => x.UseSms, false).SetProperty(x => x.UpdatedUtc, done), cancellationToken);
                }

                LogStopped(logger, checkIn.Id, result.Via);
                return false;

            default:
                var giveUp = attempts >= o.MaxAttempts;
                var retryAt = done + o.RetryDelay * Math.Pow(2, attempts - 1);
                await mine.ExecuteUpdateAsync(s => s
                    .SetProperty(x => x.Status, giveUp ? CheckInStatus.Failed : CheckInStatus.Pending)
                    .SetProperty(x => x.NextAttemptUtc, retryAt)
                    .SetProperty(x => x.LastError, result.Error)
                    .SetProperty(x => x.ClaimId, (string?)null)
                    .SetProperty(x => x.ClaimExpiresUtc, (DateTime?)null), cancellationToken);
                LogFailed(logger, checkIn.Id, result.Via, result.Error ?? "-", attempts, giveUp ? "given up" : "retry at " + retryAt.ToString("O"));
                return false;
        }
    }

    private async Task<DeliveryResult> DeliverAsync(CheckIn checkIn, ReminderPreference? preference, CancellationToken cancellationToken)
    {
        var useSms = options.Value.SmsEnabled && preference is { UseSms: true, ProtectedPhone: { } stored };
        try
        {
            if (useSms && await phones.UnprotectAsync(preference!.ProtectedPhone!, cancellationToken) is { } phone)
            {
                return await sms.SendAsync(checkIn, phone, cancellationToken);
            }

            return await chat.SendAsync(checkIn, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return new DeliveryResult(DeliveryOutcome.Failed, useSms ? SmsCheckInSender.Via : ChatCheckInSender.Via, PrivacySafe.TypeName(e));
        }
    }

    [LoggerMessage(EventId = 6110, EventName = "checkin_sent", Level = LogLevel.Information,
        Message = "Check-in {CheckInId} ({Kind}) sent by {Via} at attempt {Attempt}")]
    private static partial void LogSent(ILogger logger, long checkInId, string kind, string via, int attempt);

    [LoggerMessage(EventId = 6111, EventName = "checkin_failed", Level = LogLevel.Warning,
        Message = "Check-in {CheckInId} by {Via} failed ({Error}) at attempt {Attempt}: {Next}")]
    private static partial void LogFailed(ILogger logger, long checkInId, string via, string error, int attempt, string next);

    [LoggerMessage(EventId = 6112, EventName = "checkin_conversation_gone", Level = LogLevel.Warning,
        Message = "Check-in {CheckInId}: the channel says the conversation is gone ({Error}); {Pruned} more check-ins of it pruned")]
    private static partial void LogGone(ILogger logger, long checkInId, string error, int pruned);

    [LoggerMessage(EventId = 6113, EventName = "checkin_stopped", Level = LogLevel.Information,
        Message = "Check-in {CheckInId} not sent: the person stopped messages by {Via}")]
    private static partial void LogStopped(ILogger logger, long checkInId, string via);

    [LoggerMessage(EventId = 6114, EventName = "checkin_skipped", Level = LogLevel.Information,
        Message = "Check-in {CheckInId} skipped: a later check-in of the same request is due too")]
    private static partial void LogSkipped(ILogger logger, long checkInId);

    [LoggerMessage(EventId = 6115, EventName = "checkin_deferred", Level = LogLevel.Debug,
        Message = "Check-in {CheckInId} waits until {NotBefore:O} (quiet hours or snooze)")]
    private static partial void LogDeferred(ILogger logger, long checkInId, DateTime notBefore);
}
