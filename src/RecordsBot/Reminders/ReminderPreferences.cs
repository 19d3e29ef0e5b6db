using Microsoft.EntityFrameworkCore;
using RecordsBot.Privacy;
using RecordsBot.Storage;

namespace RecordsBot.Reminders;

/// <summary>
/// A person's check-in settings and what changing them does to their stored check-ins: turning them off pauses
/// every waiting one (nothing stays pending); turning them on again brings back those still ahead; a snooze holds them
/// back until a day (each request keeps at least one, at the snooze's end); SMS check-ins keep the number encrypted.
/// </summary>
public sealed class ReminderPreferences(IDbContextFactory<RecordsBotDbContext> dbFactory, PersonKeys keys, PhoneProtector phones, TimeProvider time)
{
    public async Task<ReminderPreference?> FindAsync(PersonRef person, CancellationToken cancellationToken)
    {
        var owner = await keys.KeyOfAsync(person, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Set<ReminderPreference>().AsNoTracking().FirstOrDefaultAsync(x => x.OwnerKey == owner, cancellationToken);
    }

    /// <summary>Turns check-ins on or off; returns how many waiting check-ins that paused or brought back.</summary>
    public async Task<int> SetOptedInAsync(PersonRef person, bool optedIn, CancellationToken cancellationToken)
    {
        var owner = await keys.KeyOfAsync(person, cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var preference = await GetOrAddAsync(db, owner, now, cancellationToken);
        preference.OptedIn = optedIn;
        await db.SaveChangesAsync(cancellationToken);

        var checkIns = db.Set<CheckIn>().Where(x => x.OwnerKey == owner);
        if (!optedIn)
        {
            return await checkIns
                .Where(x => x.Status == CheckInStatus.Pending && (x.ClaimExpiresUtc == null || x.ClaimExpiresUtc <= now))
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.Status, CheckInStatus.Paused), cancellationToken);
        }

        await checkIns.Where(x => x.Status == CheckInStatus.Paused && x.DueUtc <= now).ExecuteDeleteAsync(cancellationToken);
        return await checkIns.Where(x => x.Status == CheckInStatus.Paused)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Status, CheckInStatus.Pending).SetProperty(x => x.NextAttemptUtc, x => x.DueUtc), cancellationToken);
    }

    /// <summary>No check-in before <paramref name="untilUtc"/>; a request whose every waiting check-in falls before
    /// then keeps its latest one, moved to <paramref name="untilUtc"/>.</summary>
    public async Task SnoozeAsync(PersonRef person, DateTime untilUtc, CancellationToken cancellationToken)
    {
        var owner = await keys.KeyOfAsync(person, cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var preference = await GetOrAddAsync(db, owner, now, cancellationToken);
        preference.SnoozedUntilUtc = untilUtc;
        preference.OptedIn ??= true;

        var waiting = await db.Set<CheckIn>()
            .Where(x => x.OwnerKey == owner && x.Status == CheckInStatus.Pending && (x.ClaimExpiresUtc == null || x.ClaimExpiresUtc <= now))
            .ToListAsync(cancellationToken);
        foreach (var request in waiting.GroupBy(x => x.RequestId))
        {
            // The same rule as planning under a snooze (Snooze.Apply): nothing before the end, at least one left.
            var held = request.Where(x => x.DueUtc < untilUtc).OrderBy(x => x.DueUtc).ToList();
            var moved = request.Any(x => x.DueUtc >= untilUtc) || held.Count == 0 ? null : held[^1];
            foreach (var row in held)
            {
                if (row == moved)
                {
                    row.DueUtc = untilUtc;
                    row.NextAttemptUtc = untilUtc;
                }
                else
                {
                    db.Remove(row);
                }
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Check-ins by SMS to <paramref name="phone"/> (stored encrypted), or, with null, into the chat again.</summary>
    public async Task SetSmsAsync(PersonRef person, string? phone, CancellationToken cancellationToken)
    {
        var owner = await keys.KeyOfAsync(person, cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        var protectedPhone = phone is null ? null : await phones.ProtectAsync(phone, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var preference = await GetOrAddAsync(db, owner, now, cancellationToken);
        preference.UseSms = phone is not null;
        preference.ProtectedPhone = protectedPhone;
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Erases the person's settings and every check-in stored for them.</summary>
    public async Task<int> EraseAsync(PersonRef person, CancellationToken cancellationToken)
    {
        var owner = await keys.KeyOfAsync(person, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var removed = await db.Set<CheckIn>().Where(x => x.OwnerKey == owner).ExecuteDeleteAsync(cancellationToken);
        return removed + await db.Set<ReminderPreference>().Where(x => x.OwnerKey == owner).ExecuteDeleteAsync(cancellationToken);
    }

    private static async Task<ReminderPreference> GetOrAddAsync(RecordsBotDbContext db, string owner, DateTime now, CancellationToken cancellationToken)
    {
        var preference = await db.Set<ReminderPreference>().FirstOrDefaultAsync(x => x.OwnerKey == owner, cancellationToken);
        if (preference is null)
        {
            preference = new ReminderPreference { OwnerKey = owner };
            db.Set<ReminderPreference>().Add(preference);
        }

        preference.UpdatedUtc = now;
        return preference;
    }
}
