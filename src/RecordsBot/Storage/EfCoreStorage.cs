using System.Security.Cryptography;
using Microsoft.Bot.Builder;
using Microsoft.EntityFrameworkCore;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace RecordsBot.Storage;

/// <summary>
/// Bot Framework <see cref="IStorage"/> on EF Core (SQLite by default, PostgreSQL when several instances run).
/// Items are JSON objects. Optimistic concurrency follows the IStorage contract: a value that carries an ETag
/// (an <see cref="IStoreItem"/>, or a JSON object / dictionary with an "ETag" entry, which is how state read from
/// here comes back) is written only if the stored item still has that ETag; "*" or no ETag writes unconditionally.
/// A refused write throws <see cref="StorageConcurrencyException"/>. After a successful write the value carries its
/// new ETag, so a second save in the same turn is not mistaken for a conflict.
/// </summary>
public sealed class EfCoreStorage(IDbContextFactory<RecordsBotDbContext> dbFactory, TimeProvider time) : IStorage
{
    internal const string ETagName = "ETag";

    private static readonly JsonSerializer Serializer = JsonSerializer.Create(new JsonSerializerSettings
    {
        TypeNameHandling = TypeNameHandling.None,
        NullValueHandling = NullValueHandling.Include,
        ReferenceLoopHandling = ReferenceLoopHandling.Error,
        DateParseHandling = DateParseHandling.None,
        MaxDepth = 64,
    });

    public async Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var items = new Dictionary<string, object>(keys.Length, StringComparer.Ordinal);
        if (keys.Length == 0)
        {
            return items;
        }

        var wanted = keys.Distinct(StringComparer.Ordinal).ToArray();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var found = wanted.Length == 1
            ? db.StateItems.Where(x => x.Key == wanted[0]) // a turn reads one key: a plain primary-key lookup
            : db.StateItems.Where(x => wanted.Contains(x.Key));
        var rows = await found.AsNoTracking()
            .Select(x => new { x.Key, x.Json, x.ETag })
            .ToListAsync(cancellationToken);

        foreach (var row in rows)
        {
            var value = Parse(row.Json);
            value[ETagName] = row.ETag;
            items[row.Key] = value;
        }

        return items;
    }

    public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        if (changes.Count == 0)
        {
            return;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        foreach (var (key, value) in changes)
        {
            ArgumentException.ThrowIfNullOrEmpty(key, nameof(changes));
            if (value is null)
            {
                await db.StateItems.Where(x => x.Key == key).ExecuteDeleteAsync(cancellationToken);
                continue;
            }

            var expected = GetETag(value);
            var json = Serialize(value);
            var newETag = NewETag();
            var now = time.GetUtcNow().UtcDateTime;

            if (expected is null || expected == "*")
            {
                await UpsertAsync(db, key, json, newETag, now, cancellationToken);
            }
            else
            {
                await ReplaceIfMatchAsync(db, key, expected, json, newETag, now, cancellationToken);
            }

            SetETag(value, newETag);
        }
    }

    public async Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (keys.Length == 0)
        {
            return;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await db.StateItems.Where(x => keys.Contains(x.Key)).ExecuteDeleteAsync(cancellationToken);
    }

    private static async Task UpsertAsync(RecordsBotDbContext db, string key, string json, string eTag, DateTime now, CancellationToken ct)
    {
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var updated = await db.StateItems.Where(x => x.Key == key)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.Json, json).SetProperty(x => x.ETag, eTag).SetProperty(x => x.UpdatedUtc, now), ct);
            if (updated > 0 || await TryInsertAsync(db, key, json, eTag, now, ct))
            {
                return;
            }
        }

        throw new StorageConcurrencyException("A state item kept changing while it was being written.");
    }

    private static async Task ReplaceIfMatchAsync(RecordsBotDbContext db, string key, string expected, string json, string eTag, DateTime now, CancellationToken ct)
    {
        var updated = await db.StateItems.Where(x => x.Key == key && x.ETag == expected)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Json, json).SetProperty(x => x.ETag, eTag).SetProperty(x => x.UpdatedUtc, now), ct);
        if (updated > 0)
        {
            return;
        }

        // Not updated: either someone else changed it (conflict) or it is not there (never written, or deleted),
        // in which case, as with Bot Framework's own storages, the write creates it.
        var exists = await db.StateItems.AnyAsync(x => x.Key == key, ct);
        if (exists || !await TryInsertAsync(db, key, json, eTag, now, ct))
        {
            throw new StorageConcurrencyException("ETag conflict: the state item was changed by another writer.");
        }
    }

    private static async Task<bool> TryInsertAsync(RecordsBotDbContext db, string key, string json, string eTag, DateTime now, CancellationToken ct)
    {
        db.StateItems.Add(new StateItem { Key = key, Json = json, ETag = eTag, UpdatedUtc = now });
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException e) when (DuplicateKey.Is(e))
        {
            return false; // a concurrent writer inserted the same key first
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    private static JObject Parse(string json)
    {
        using var reader = new JsonTextReader(new StringReader(json)) { DateParseHandling = DateParseHandling.None, MaxDepth = 64 };
        return JObject.Load(reader);
    }

    /// <summary>The item as JSON text without its ETag. Bot state (a dictionary of typed values) is written straight to
    /// text: building a JObject tree first, then printing it, was the largest part of a turn's storage cost.</summary>
    private static string Serialize(object value)
    {
        switch (value)
        {
            case JToken token when token is not JObject:
                throw new ArgumentException("A storage item must serialize to a JSON object.", nameof(value));
            case JObject obj:
                if (obj.ContainsKey(ETagName))
                {
                    obj = (JObject)obj.DeepClone();
                    obj.Remove(ETagName);
                }

                return obj.ToString(Formatting.None);
            case IDictionary<string, object> dictionary when dictionary.ContainsKey(ETagName):
                value = dictionary.Where(x => x.Key != ETagName).ToDictionary(x => x.Key, x => x.Value, StringComparer.Ordinal);
                break;
        }

        using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        using (var writer = new JsonTextWriter(text) { Formatting = Formatting.None })
        {
            Serializer.Serialize(writer, value);
        }

        var json = text.ToString();
        if (json.Length == 0 || json[0] != '{')
        {
            throw new ArgumentException("A storage item must serialize to a JSON object.", nameof(value));
        }

        if (json.Contains("\"ETag\":", StringComparison.Ordinal))
        {
            // An object with an ETag property (an IStoreItem): the ETag is kept in its own column, not in the JSON.
            var obj = Parse(json);
            if (obj.Remove(ETagName))
            {
                json = obj.ToString(Formatting.None);
            }
        }

        return json;
    }

    private static string? GetETag(object value) => value switch
    {
        IStoreItem item => item.ETag,
        JObject obj => obj.TryGetValue(ETagName, out var token) ? token.Value<string>() : null,
        IDictionary<string, object> dictionary => dictionary.TryGetValue(ETagName, out var tag) ? tag?.ToString() : null,
        _ => null,
    };

    private static void SetETag(object value, string eTag)
    {
        switch (value)
        {
            case IStoreItem item:
                item.ETag = eTag;
                break;
            case JObject obj:
                obj[ETagName] = eTag;
                break;
            case IDictionary<string, object> dictionary when !dictionary.IsReadOnly:
                dictionary[ETagName] = eTag;
                break;
        }
    }

    private static string NewETag() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));
}
