using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace RecordsBot.Storage;

/// <summary>
/// PostgreSQL keeps every <see cref="DateTime"/> as <c>timestamp with time zone</c>, an instant, and Npgsql writes only
/// <see cref="DateTimeKind.Utc"/> values there. Every time this app stores is UTC by convention (<c>*Utc</c> names, read
/// from <see cref="TimeProvider.GetUtcNow"/>), but a value may arrive with <see cref="DateTimeKind.Unspecified"/>
/// (read back from SQLite, made from a <see cref="DateOnly"/>): that is taken as UTC, as SQLite takes it; a
/// <see cref="DateTimeKind.Local"/> one is converted. Values read back are <see cref="DateTimeKind.Utc"/>.
/// </summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(v => ToUtc(v), v => DateTime.SpecifyKind(v, DateTimeKind.Utc))
{
    public static DateTime ToUtc(DateTime value) => value.Kind switch
    {
        DateTimeKind.Utc => value,
        DateTimeKind.Local => value.ToUniversalTime(),
        _ => DateTime.SpecifyKind(value, DateTimeKind.Utc),
    };
}
