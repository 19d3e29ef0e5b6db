using Microsoft.Extensions.Options;
using RecordsBot.Dialogs.Flows;
using RecordsBot.Dialogs.Prompts;
using RecordsBot.Privacy;
using RecordsBot.Tracking;
using RecordsBot.Tracking.Handlers;

namespace RecordsBot.Hosting;

/// <summary>"Track my requests": the tracked requests, their due dates and the conversation about them.</summary>
public static class TrackingRegistration
{
    public static IServiceCollection AddRecordsBotTracking(this IServiceCollection services)
    {
        services.AddOptions<TrackingOptions>().BindConfiguration(TrackingOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TrackingOptions>, TrackingOptionsValidator>();
        services.AddSingleton<TrackedRequests>();
        services.AddSingleton<ITrackedRequests>(sp => sp.GetRequiredService<TrackedRequests>());
        services.AddSingleton<IPersonalDataEraser, TrackedRequestsEraser>();
        services.AddSingleton<DueDateFinder>();
        services.AddSingleton<CalendarLinks>();
        services.AddSingleton<TrackingMessages>();
        services.AddSingleton<IPromptValidator, NumberValidator>();

        services.AddSingleton<IFlowHandler, ListHandler>();
        services.AddSingleton<IFlowHandler, AddStartHandler>();
        services.AddSingleton<IFlowHandler, ProviderHandler>();
        services.AddSingleton<IFlowHandler, SaveHandler>();
        services.AddSingleton<IFlowHandler, PickHandler>();
        services.AddSingleton<IFlowHandler, UnderstandHandler>();
        services.AddSingleton<IFlowHandler, UpdateHandler>();
        services.AddSingleton<IFlowHandler, RemoveHandler>();
        services.AddSingleton<IFlowHandler, CheckInHandler>();
        services.AddSingleton<IFlowHandler, LateHandler>();
        services.AddSingleton<IFlowHandler, EntryHandler>();
        return services;
    }

    /// <summary>The calendar files of tracked requests, by unguessable, expiring link.</summary>
    public static WebApplication MapRecordsBotTracking(this WebApplication app)
    {
        app.MapGet("/" + CalendarLinks.PathPrefix + "{token}", CalendarEndpoint.HandleAsync);
        return app;
    }
}
