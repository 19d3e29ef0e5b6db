using Microsoft.Bot.Schema;
using Microsoft.EntityFrameworkCore;
using RecordsBot.Storage;

namespace RecordsBot.Channels.DirectLine;

/// <summary>
/// The local channel's conversations and their activities in the database, so a page reload or an app restart
/// shows the same conversation. Activities are numbered per conversation (the Direct Line watermark), get ids the
/// way Direct Line forms them (<c>{conversationId}|0000001</c>) and strictly increasing timestamps.
/// </summary>
public sealed class LocalConversationStore(IDbContextFactory<RecordsBotDbContext> dbFactory, ConversationSignals signals, TimeProvider time)
{
    public const int PageSize = 200;

    private readonly StripedLock appendLocks = new();

    /// <summary>A new conversation of <paramref name="userId"/> (a browser that has one), or of a new user.</summary>
    public async Task<LocalConversation> CreateAsync(string? userId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var conversation = new LocalConversation
        {
            Id = Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16)),
            UserId = userId ?? "dl_" + Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(8)),
            CreatedUtc = now,
            LastActivityUtc = now,
            LastTimestampUtc = now,
        };
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        db.LocalConversations.Add(conversation);
        await db.SaveChangesAsync(cancellationToken);
        return conversation;
    }

    public async Task<LocalConversation?> FindAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.LocalConversations.AsNoTracking().FirstOrDefaultAsync(x => x.Id == conversationId, cancellationToken);
    }

    /// <summary>Marks the conversation started; true only for the caller that started it.</summary>
    public async Task<bool> TryMarkStartedAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var changed = await db.LocalConversations.Where(x => x.Id == conversationId && !x.Started)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Started, true), cancellationToken);
        return changed == 1;
    }

    /// <summary>Adds an activity, giving it its id and timestamp; null when the conversation does not exist.</summary>
    public async Task<Activity?> AppendAsync(string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        using (await appendLocks.AcquireAsync(conversationId, cancellationToken))
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var conversation = await db.LocalConversations.FirstOrDefaultAsync(x => x.Id == conversationId, cancellationToken);
            if (conversation is null)
            {
                return null;
            }

            var now = time.GetUtcNow().UtcDateTime;
            var timestamp = now > conversation.LastTimestampUtc ? now : conversation.LastTimestampUtc.AddMilliseconds(1);
            conversation.LastSequence++;
            conversation.LastTimestampUtc = timestamp;
            conversation.LastActivityUtc = now;

            activity.Id = ActivityId(conversationId, conversation.LastSequence);
            activity.Timestamp = new DateTimeOffset(DateTime.SpecifyKind(timestamp, DateTimeKind.Utc));
            db.LocalActivities.Add(new LocalActivity
            {
                ConversationId = conversationId,
                Sequence = conversation.LastSequence,
                Json = ActivityJson.Serialize(activity),
                CreatedUtc = now,
            });
            await db.SaveChangesAsync(cancellationToken);
        }

        signals.Pulse(conversationId);
        return activity;
    }

    /// <summary>Activities after the watermark, oldest first, at most <see cref="PageSize"/>.</summary>
    public async Task<IReadOnlyList<(long Sequence, string Json)>> ReadAfterAsync(string conversationId, long watermark, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.LocalActivities.AsNoTracking()
            .Where(x => x.ConversationId == conversationId && x.Sequence > watermark)
            .OrderBy(x => x.Sequence)
            .Take(PageSize)
            .Select(x => new { x.Sequence, x.Json })
            .ToListAsync(cancellationToken);
        return rows.Select(r => (r.Sequence, r.Json)).ToList();
    }

    /// <summary>Whether an activity id names an activity stored in this conversation (one the client has seen).</summary>
    public async Task<bool> ContainsAsync(string conversationId, string? activityId, CancellationToken cancellationToken)
    {
        if (TryParseSequence(conversationId, activityId) is not { } sequence)
        {
            return false;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.LocalActivities.AnyAsync(x => x.ConversationId == conversationId && x.Sequence == sequence, cancellationToken);
    }

    /// <summary>Removes the stored messages of one conversation ("delete my data"); numbering goes on from where it was.</summary>
    public async Task DeleteActivitiesAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await db.LocalActivities.Where(x => x.ConversationId == conversationId).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>Removes conversations idle since before <paramref name="cutoffUtc"/>, older activities, and their bot state.</summary>
    public async Task<(int Conversations, int Activities)> PruneAsync(DateTime cutoffUtc, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var idle = await db.LocalConversations.Where(x => x.LastActivityUtc < cutoffUtc).Select(x => x.Id).ToListAsync(cancellationToken);
        var activities = 0;
        foreach (var batch in idle.Chunk(200))
        {
            activities += await db.LocalActivities.Where(x => batch.Contains(x.ConversationId)).ExecuteDeleteAsync(cancellationToken);
            var stateKeys = batch.Select(id => $"{ChannelIds.WebChat}/conversations/{id}").ToList();
            await db.StateItems.Where(x => stateKeys.Contains(x.Key)).ExecuteDeleteAsync(cancellationToken);
            await db.LocalConversations.Where(x => batch.Contains(x.Id)).ExecuteDeleteAsync(cancellationToken);
        }

        activities += await db.LocalActivities.Where(x => x.CreatedUtc < cutoffUtc).ExecuteDeleteAsync(cancellationToken);
        return (idle.Count, activities);
    }

    public static string ActivityId(string conversationId, long sequence) => $"{conversationId}|{sequence:D7}";

    private static long? TryParseSequence(string conversationId, string? activityId)
    {
        var prefix = conversationId + "|";
        return activityId is not null && activityId.StartsWith(prefix, StringComparison.Ordinal)
            && long.TryParse(activityId.AsSpan(prefix.Length), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var sequence)
            ? sequence
            : null;
    }
}
