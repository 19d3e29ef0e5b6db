using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using RecordsBot.Bot;
using RecordsBot.Channels.DirectLine;
using RecordsBot.Storage;

namespace RecordsBot.Hosting;

/// <summary>All of RecordsBot's composition: services in <see cref="AddRecordsBot"/>, the pipeline in <see cref="UseRecordsBot"/>.</summary>
public static partial class RecordsBotHosting
{
    public static WebApplicationBuilder AddRecordsBot(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton(TimeProvider.System);
        services.AddOptions<RecordsBotOptions>().BindConfiguration(RecordsBotOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<RecordsBotOptions>, RecordsBotOptionsValidator>();
        services.AddProblemDetails();
        services.AddHttpClient();
        services.AddRecordsBotDatabase();
        services.AddSingleton<PublicAddress>();

        // Bot Framework: CloudAdapter + ConfigurationBotFrameworkAuthentication (MicrosoftAppType, MicrosoftAppId,
        // MicrosoftAppPassword, MicrosoftAppTenantId at the configuration root; none set = no authentication, local use).
        // Its Bot Connector clients are kept and reused (ReusedConnectorClients says why).
        services.AddSingleton<BotFrameworkAuthentication>(sp => new ReusedConnectorClients(new ConfigurationBotFrameworkAuthentication(
            sp.GetRequiredService<IConfiguration>(),
            httpClientFactory: sp.GetRequiredService<IHttpClientFactory>(),
            logger: sp.GetRequiredService<ILogger<ConfigurationBotFrameworkAuthentication>>()),
            sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IStorage, EfCoreStorage>();
        services.AddSingleton(sp => new ConversationState(sp.GetRequiredService<IStorage>()));
        services.AddSingleton<BotStateAccessors>();
        services.AddRecordsBotDialogs();
        services.AddRecordsBotGuidance();
        services.AddRecordsBotAnswers();
        services.AddRecordsBotProviders();
        services.AddRecordsBotForms();
        services.AddRecordsBotLetterFlow();
        services.AddRecordsBotTracking();
        services.AddRecordsBotReminders();
        services.AddSingleton<TurnErrorHandler>();
        services.AddSingleton<RecordsBotAdapter>();
        services.AddSingleton<IBot, RecordsBotHandler>();
        services.AddHostedService<StartupChecks>();

        // Local channel (Web Chat page + Direct Line + Bot Connector routes), mapped only when enabled.
        services.AddSingleton<ConversationSignals>();
        services.AddSingleton<LocalConversationStore>();
        services.AddSingleton<DirectLineTokens>();
        services.AddSingleton<LocalServiceUrl>();
        services.AddSingleton<LocalChannelBridge>();
        services.AddSingleton<LocalChannelRetention>();
        services.AddHostedService(sp => sp.GetRequiredService<LocalChannelRetention>());
        services.AddLocalChannelRateLimits();
        services.AddCors();
        services.Replace(ServiceDescriptor.Singleton<ICorsPolicyProvider, LocalChannelCorsPolicyProvider>());
        return builder;
    }

    public static WebApplication UseRecordsBot(this WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            // The middleware's own log line carries the exception's message, which may quote what a person typed.
            SuppressDiagnosticsCallback = _ => true,
            ExceptionHandler = async context =>
            {
                var error = context.Features.Get<IExceptionHandlerFeature>()?.Error;
                LogUnhandled(app.Logger, error is null ? "?" : PrivacySafe.TypeName(error), context.Request.Method, context.GetEndpoint()?.DisplayName ?? "-");
                await Results.Problem(statusCode: StatusCodes.Status500InternalServerError, title: "Something went wrong. Please try again.").ExecuteAsync(context);
            },
        });
        app.UseStatusCodePages();
        app.UseWebSockets();

        var localChannel = LocalChannelSwitch.IsEnabled(app.Configuration);
        if (localChannel)
        {
            app.UseDefaultFiles();
            app.UseStaticFiles();
            app.UseCors();
            app.UseRateLimiter();
        }

        app.MapPost("/api/messages", BotMessagesEndpoint.HandleAsync);
        app.MapGet("/healthz", () => Results.Json(new { status = "alive" }));
        app.MapGet("/readyz", async (IDbContextFactory<RecordsBotDbContext> dbFactory, IWebHostEnvironment environment, CancellationToken ct) =>
        {
            if (localChannel && !environment.WebRootFileProvider.GetFileInfo("lib/webchat.js").Exists)
            {
                return Results.Json(new { status = "Web Chat bundle missing: build the app (it runs npm ci)" }, statusCode: 503);
            }

            try
            {
                await using var db = await dbFactory.CreateDbContextAsync(ct);
                var ready = await db.Database.CanConnectAsync(ct) && !(await db.Database.GetPendingMigrationsAsync(ct)).Any();
                return ready ? Results.Json(new { status = "ready" }) : Results.Json(new { status = "database not ready" }, statusCode: 503);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                return Results.Json(new { status = "database unreachable" }, statusCode: 503);
            }
        });

        app.MapRecordsBotForms();
        app.MapRecordsBotTracking();
        app.MapRecordsBotReminders();

        if (localChannel)
        {
            app.MapLocalDirectLine();
            app.MapLocalConnector();
        }

        return app;
    }

    [LoggerMessage(EventId = 1500, EventName = "request_failed", Level = LogLevel.Error,
        Message = "Unhandled {ExceptionType} in {Method} {Endpoint}")]
    private static partial void LogUnhandled(ILogger logger, string exceptionType, string method, string endpoint);
}
