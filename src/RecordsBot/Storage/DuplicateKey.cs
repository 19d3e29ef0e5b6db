using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace RecordsBot.Storage;

/// <summary>
/// Whether a failed insert means "someone else inserted that key first", which callers treat as "not inserted" and
/// then read or update what is there. On PostgreSQL that is exactly a unique violation (SQLSTATE 23505); any other
/// server or connection error is a real failure and propagates. On SQLite every failed insert counts, as it always has.
/// A failed statement does not poison the next ones: nothing here runs inside an explicit transaction, so PostgreSQL
/// aborts only that statement (SaveChanges rolls back its own).
/// </summary>
public static class DuplicateKey
{
    public static bool Is(DbUpdateException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception.InnerException switch
        {
            PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation,
            NpgsqlException => false,
            _ => true,
        };
    }
}
