using Microsoft.Extensions.Options;
using RecordsBot.Reminders;

namespace RecordsBot.Hosting;

/// <summary>Reminder check-ins: planned per tracked request, stored, and sent exactly once in the person's local time.</summary>
public static class RemindersRegistration
{
    public static IServiceCollection AddRecordsBotReminders(this IServiceCollection services)
    {
        services.AddOptions<RemindersOptions>().BindConfiguration(RemindersOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<RemindersOptions>, RemindersOptionsValidator>();
        services.AddSingleton<CheckInPlanner>();
        services.AddSingleton<PhoneProtector>();
        services.AddSingleton<ICheckInScheduler, CheckInScheduler>();
        return services;
    }

    public static WebApplication MapRecordsBotReminders(this WebApplication app) => app;
}
