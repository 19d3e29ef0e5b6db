using Microsoft.EntityFrameworkCore;
using RecordsBot.Hosting;

namespace RecordsBot.Storage;

/// <summary>
/// The same model as <see cref="RecordsBotDbContext"/>, on PostgreSQL, with its own migrations in
/// <c>Storage/PostgreSqlMigrations</c> (EF Core finds a context's migrations by its type: this is the documented
/// "one context type per provider" pattern). The app's <c>IDbContextFactory&lt;RecordsBotDbContext&gt;</c> hands out this
/// type when the provider is PostgreSql, so the code using the database does not know which one it has.
/// Every <see cref="DateTime"/> column is <c>timestamp with time zone</c> holding UTC (see <see cref="UtcDateTimeConverter"/>).
/// </summary>
public sealed class PostgreSqlRecordsBotDbContext(DbContextOptions options) : RecordsBotDbContext(options)
{
    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
    {
        base.OnConfiguring(optionsBuilder);
        if (!DatabaseSetup.IsPostgreSql(optionsBuilder.Options))
        {
            // Typically `dotnet ef` run without the PostgreSQL settings: it would write SQLite column types into
            // PostgreSQL's migrations.
            throw new InvalidOperationException(
                $"PostgreSqlRecordsBotDbContext is for PostgreSQL only: set {DatabaseSetup.ProviderSetting}=PostgreSql and {DatabaseSetup.ConnectionSetting} (see DEVELOPERS.md).");
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }
}
