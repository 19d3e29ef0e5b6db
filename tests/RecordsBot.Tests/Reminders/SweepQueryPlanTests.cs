using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using RecordsBot.Reminders;
using RecordsBot.Storage;
using RecordsBot.Tests.Infrastructure;

namespace RecordsBot.Tests.Reminders;

/// <summary>The sweep's query is answered from the (Status, NextAttemptUtc) index, not by reading every check-in: the
/// SQLite plan after the migrations, with 20,000 check-ins stored (most sent). The plan goes to
/// artifacts/reminders-sweep-plan.txt.</summary>
public sealed class SweepQueryPlanTests : IDisposable
{
    private readonly TestDataFolder data = new();

    public void Dispose() => data.Dispose();

    [Fact]
    public async Task The_sweep_query_searches_the_sweep_index()
    {
        var options = new DbContextOptionsBuilder<RecordsBotDbContext>().UseSqlite($"Data Source={data.DatabasePath}").Options;
        await using var db = new RecordsBotDbContext(options);
        await db.Database.MigrateAsync();
        var start = new DateTime(2026, 11, 24, 15, 0, 0, DateTimeKind.Utc);
        for (var batch = 0; batch < 20; batch++)
        {
            db.Set<CheckIn>().AddRange(Enumerable.Range(0, 1000).Select(i => new CheckIn
            {
                OwnerKey = "owner" + (i % 97),
                RequestId = (batch * 1000) + i,
                Kind = CheckInKinds.Overdue,
                DueUtc = start.AddMinutes(i),
                NextAttemptUtc = start.AddMinutes(i),
                Status = i % 10 == 0 ? CheckInStatus.Pending : CheckInStatus.Sent,
                ConversationReference = "{}",
                ConversationKey = "c" + i,
                TimeZone = "America/New_York",
                CreatedUtc = start,
            }));
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }

        await db.Database.ExecuteSqlRawAsync("ANALYZE");
        var query = CheckInSweep.DueQuery(db, start.AddHours(3), 50);
        Assert.Equal(50, (await query.ToListAsync()).Count);

        // ToQueryString gives ".param set @name value" lines, then the SQL.
        var lines = query.ToQueryString().Split('\n');
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + string.Join('\n', lines.Where(l => !l.StartsWith(".param", StringComparison.Ordinal)));
        foreach (var line in lines.Where(l => l.StartsWith(".param set ", StringComparison.Ordinal)))
        {
            var parts = line.Split(' ', 4);
            command.Parameters.AddWithValue(parts[2], parts[3].Trim('\''));
        }

        var plan = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                plan.Add(reader.GetString(3));
            }
        }

        await File.WriteAllLinesAsync(RepoPaths.Artifact("reminders-sweep-plan.txt"), [command.CommandText, "", .. plan]);
        Assert.Contains(plan, p => p.Contains("USING INDEX IX_CheckIns_Sweep", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, p => p.StartsWith("SCAN", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, p => p.Contains("TEMP B-TREE", StringComparison.Ordinal));
    }
}
