using Microsoft.Extensions.Options;
using RecordsBot.Dialogs.Flows;
using RecordsBot.Privacy;
using RecordsBot.Reminders;
using RecordsBot.Reminders.Handlers;

namespace RecordsBot.Hosting;

/// <summary>Reminder check-ins: planned per tracked request, stored, and sent exactly once in the person's local time
/// by a hosted sweeper; the person's settings (the reminders flow's handlers), "stop reminders", and their eraser.</summary>
public static class RemindersRegistration
{
    public static IServiceCollection AddRecordsBotReminders(this IServiceCollection services)
    {
        services.AddOptions<RemindersOptions>().BindConfiguration(RemindersOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<RemindersOptions>, RemindersOptionsValidator>();
        services.AddSingleton<CheckInPlanner>();
        services.AddSingleton<PhoneProtector>();
        services.AddSingleton<ReminderPreferences>();
        services.AddSingleton<ICheckInScheduler, CheckInScheduler>();
        services.AddSingleton<ReminderCommands>();
        services.AddSingleton<IPersonalDataEraser, RemindersEraser>();

        // Sending: the sweep (claim, send, record) and what triggers it; replace ISweepTrigger to drive it from Quartz.
        services.AddSingleton<ChatCheckInSender>();
        services.AddSingleton<SmsCheckInSender>();
        services.AddSingleton<CheckInSweep>();
        services.AddSingleton<ISweepTrigger, TimerSweepTrigger>();
        services.AddHostedService<CheckInSweeper>();

        services.AddSingleton<IFlowHandler, RemindersStatusHandler>();
        services.AddSingleton<IFlowHandler, RemindersOnHandler>();
        services.AddSingleton<IFlowHandler, RemindersOffHandler>();
        services.AddSingleton<IFlowHandler, RemindersSnoozeHandler>();
        services.AddSingleton<IFlowHandler, RemindersSmsHandler>();
        services.AddSingleton<IFlowHandler, RemindersChatHandler>();
        return services;
    }

    public static WebApplication MapRecordsBotReminders(this WebApplication app) => app;
}
