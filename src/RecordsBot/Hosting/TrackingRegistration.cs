namespace RecordsBot.Hosting;

/// <summary>"Track my requests": the tracked requests, their due dates and the conversation about them.</summary>
public static class TrackingRegistration
{
    public static IServiceCollection AddRecordsBotTracking(this IServiceCollection services) => services;

    public static WebApplication MapRecordsBotTracking(this WebApplication app) => app;
}
