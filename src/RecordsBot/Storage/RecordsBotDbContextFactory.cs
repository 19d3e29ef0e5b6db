using Microsoft.EntityFrameworkCore;
using RecordsBot.Hosting;

namespace RecordsBot.Storage;

/// <summary>The app's context factory: the context type that matches the configured provider, so that migrating it
/// applies that provider's own migrations (see <see cref="DatabaseSetup.CreateDbContext"/>).</summary>
public sealed class RecordsBotDbContextFactory(DbContextOptions<RecordsBotDbContext> options) : IDbContextFactory<RecordsBotDbContext>
{
    public RecordsBotDbContext CreateDbContext() => DatabaseSetup.CreateDbContext(options);
}
