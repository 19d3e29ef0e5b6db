using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using RecordsBot.Hosting;

namespace RecordsBot.Storage;

/// <summary>
/// The app's context factory: the context type that matches the configured provider, so that migrating it applies that
/// provider's own migrations and its model's conversions (see <see cref="DatabaseSetup.CreateDbContext"/>). Contexts
/// are pooled: every turn opens a few short-lived ones (state read and write, lists), and a pooled one is reset and
/// reused instead of being built and given its services anew, which the bench's profile of a turn showed.
/// </summary>
public sealed class RecordsBotDbContextFactory : IDbContextFactory<RecordsBotDbContext>
{
    private readonly Func<RecordsBotDbContext> create;

    public RecordsBotDbContextFactory(DbContextOptions<RecordsBotDbContext> options)
    {
        if (DatabaseSetup.IsPostgreSql(options))
        {
            var postgres = new PooledDbContextFactory<PostgreSqlRecordsBotDbContext>(
                new DbContextOptions<PostgreSqlRecordsBotDbContext>(options.Extensions.ToDictionary(e => e.GetType(), e => e)));
            create = postgres.CreateDbContext;
        }
        else
        {
            create = new PooledDbContextFactory<RecordsBotDbContext>(options).CreateDbContext;
        }
    }

    public RecordsBotDbContext CreateDbContext() => create();
}
