using Microsoft.EntityFrameworkCore;
using RecordsBot.Privacy;
using RecordsBot.Storage;

namespace RecordsBot.Forms.Storage;

/// <summary>Letters in the app's database: saved per person (under <see cref="PersonKeys"/>), found by link token,
/// erased per person ("delete my data") or when past their retention limit.</summary>
public sealed class LetterStore(IDbContextFactory<RecordsBotDbContext> dbFactory, PersonKeys keys)
{
    public async Task<StoredLetter> SaveAsync(PersonRef person, StoredLetter letter, CancellationToken cancellationToken)
    {
        letter.OwnerKey = await keys.KeyOfAsync(person, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        db.Set<StoredLetter>().Add(letter);
        await db.SaveChangesAsync(cancellationToken);
        return letter;
    }

    /// <summary>The letter whose link token hashes to <paramref name="tokenHash"/>, or null.</summary>
    public async Task<StoredLetter?> FindByTokenHashAsync(string tokenHash, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Set<StoredLetter>().AsNoTracking().FirstOrDefaultAsync(x => x.TokenHash == tokenHash, cancellationToken);
    }

    public async Task<int> CountAsync(PersonRef person, CancellationToken cancellationToken)
    {
        var owner = await keys.KeyOfAsync(person, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Set<StoredLetter>().CountAsync(x => x.OwnerKey == owner, cancellationToken);
    }

    public async Task<int> RemoveAllAsync(PersonRef person, CancellationToken cancellationToken)
    {
        var owner = await keys.KeyOfAsync(person, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Set<StoredLetter>().Where(x => x.OwnerKey == owner).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>Deletes every letter past its retention limit at <paramref name="nowUtc"/>.</summary>
    public async Task<int> RemoveExpiredAsync(DateTime nowUtc, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Set<StoredLetter>().Where(x => x.DeleteAfterUtc <= nowUtc).ExecuteDeleteAsync(cancellationToken);
    }
}
