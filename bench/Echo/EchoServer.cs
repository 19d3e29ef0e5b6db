using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.EntityFrameworkCore;
using RecordsBot.Hosting;
using RecordsBot.Storage;

namespace RecordsBot.Bench.Echo;

/// <summary>
/// The baseline: an echo bot on the same Bot Framework SDK (CloudAdapter, ConversationState) and the same storage as
/// RecordsBot (its <see cref="EfCoreStorage"/> on <see cref="RecordsBotDbContext"/>, the database made by the app's own
/// migrations, opened through the app's own registration <see cref="DatabaseSetup.AddRecordsBotDatabase"/>, so SQLite or
/// PostgreSQL as configured), in a process of its own, with the app's logging levels.
/// What RecordsBot costs beyond it is the cost of its dialogs.
/// </summary>
public static class EchoServer
{
    public static async Task RunAsync(string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = Directory.GetCurrentDirectory() });
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.Bot.Builder", LogLevel.Warning); // the app keeps its adapter's per-turn line at Warning too
        var services = builder.Services;
        services.AddSingleton(TimeProvider.System);
        services.AddHttpClient();

        // The app's own registration: its context factory (pooled, and PostgreSqlRecordsBotDbContext with PostgreSQL's own
        // migrations when the provider is PostgreSql), the settings check and the migrator.
        services.AddRecordsBotDatabase();
        services.AddSingleton<BotFrameworkAuthentication>(sp => new ConfigurationBotFrameworkAuthentication(
            sp.GetRequiredService<IConfiguration>(),
            httpClientFactory: sp.GetRequiredService<IHttpClientFactory>(),
            logger: sp.GetRequiredService<ILogger<ConfigurationBotFrameworkAuthentication>>()));
        services.AddSingleton<IBotFrameworkHttpAdapter>(sp => new CloudAdapter(
            sp.GetRequiredService<BotFrameworkAuthentication>(), sp.GetRequiredService<ILogger<CloudAdapter>>()));
        services.AddSingleton<IStorage, EfCoreStorage>();
        services.AddSingleton(sp => new ConversationState(sp.GetRequiredService<IStorage>()));
        services.AddSingleton<IBot, EchoBot>();

        var app = builder.Build();
        app.MapPost("/api/messages", (HttpRequest request, HttpResponse response, IBotFrameworkHttpAdapter adapter, IBot bot, CancellationToken ct) =>
            adapter.ProcessAsync(request, response, bot, ct));
        app.MapGet("/readyz", async (IDbContextFactory<RecordsBotDbContext> dbFactory, CancellationToken ct) =>
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            return await db.Database.CanConnectAsync(ct) ? Results.Json(new { status = "ready" }) : Results.StatusCode(503);
        });
        await app.RunAsync();
    }
}
