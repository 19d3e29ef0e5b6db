using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;

namespace RecordsBot.Storage;

/// <summary>
/// Secrets the app generates for itself once (32 random bytes) and keeps in its database, so what they sign or key
/// stays valid across restarts and instances: the local channel's token key, the key that turns a person's channel
/// and user id into the key their saved data is stored under. Read once per name and kept in memory.
/// </summary>
public sealed class AppSecretStore(IDbContextFactory<RecordsBotDbContext> dbFactory, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, byte[]> cache = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim gate = new(1, 1);

    /// <summary>The secret named <paramref name="name"/>, created on first use; when two instances create it at once,
    /// both use the one stored first.</summary>
    public async Task<byte[]> GetOrCreateAsync(string name, CancellationToken cancellationToken)
    {
        if (cache.TryGetValue(name, out var known))
        {
            return known;
        }

        await gate.WaitAsync(cancellationToken);
        try
        {
            if (cache.TryGetValue(name, out known))
            {
                return known;
            }

            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var stored = await db.AppSecrets.AsNoTracking().FirstOrDefaultAsync(x => x.Name == name, cancellationToken);
            if (stored is null)
            {
                db.AppSecrets.Add(new AppSecret { Name = name, Value = RandomNumberGenerator.GetBytes(32), CreatedUtc = time.GetUtcNow().UtcDateTime });
                try
                {
                    await db.SaveChangesAsync(cancellationToken);
                }
                catch (DbUpdateException e) when (DuplicateKey.Is(e))
                {
                    // Another instance created it first: use theirs.
                }

                db.ChangeTracker.Clear();
                stored = await db.AppSecrets.AsNoTracking().FirstAsync(x => x.Name == name, cancellationToken);
            }

            cache[name] = stored.Value;
            return stored.Value;
        }
        finally
        {
            gate.Release();
        }
    }
}
