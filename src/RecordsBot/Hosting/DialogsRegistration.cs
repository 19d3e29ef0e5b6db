using Microsoft.Extensions.Options;
using RecordsBot.Bot;
using RecordsBot.Dialogs;
using RecordsBot.Dialogs.Flows;
using RecordsBot.Dialogs.Prompts;
using RecordsBot.Dialogs.Questions;
using RecordsBot.Dialogs.Rendering;
using RecordsBot.Forms;
using RecordsBot.Guidance;
using RecordsBot.Privacy;
using RecordsBot.Reminders;
using RecordsBot.Tracking;

namespace RecordsBot.Hosting;

/// <summary>The dialog engine in the app: dialogs/ loaded and checked once, the named handlers the flows may call,
/// and the runner every turn goes through.</summary>
public static class DialogsRegistration
{
    public static IServiceCollection AddRecordsBotDialogs(this IServiceCollection services)
    {
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<RecordsBotOptions>>().Value;
            return DialogCatalog.Load(DialogsFolder.Resolve(options.DialogsPath), new DialogCatalogRequirements(
                sp.GetServices<IFlowHandler>().Select(h => h.Name).ToList(),
                sp.GetServices<IPromptValidator>().Select(v => v.Name).ToList(),
                FlowIds.Required,
                TextKeys.Required().Concat(GuidanceTextKeys.Required).Concat(FormsTextKeys.Required).Concat(TrackingTextKeys.Required).Concat(RemindersTextKeys.Required).ToList(),
                TextKeys.CommandWords));
        });
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<RecordsBotOptions>>().Value;
            var catalog = sp.GetRequiredService<DialogCatalog>();
            var environment = new DialogEnvironment(
                catalog.Texts,
                new MessageRenderer(catalog.Texts, new RenderingOptions { SmsMaxLength = options.SmsMaxLength }),
                sp.GetRequiredService<TimeProvider>(),
                TimeZoneInfo.FindSystemTimeZoneById(options.DefaultTimeZone),
                catalog.Phrases,
                sp.GetServices<IFlowHandler>().ToDictionary(h => h.Name, StringComparer.Ordinal),
                sp.GetServices<IPromptValidator>().ToDictionary(v => v.Name, StringComparer.Ordinal),
                sp.GetService<IQuestionAnswerer>());
            return new DialogRunner(catalog.CreateDialogSet(), environment, FlowIds.Main);
        });
        services.AddSingleton<BotTexts>();
        services.AddSingleton<GlobalCommands>();

        // "delete my data": each store of personal data registers an IPersonalDataEraser; the flow's handler runs them all.
        services.AddSingleton<IFlowHandler, DeleteMyDataHandler>();
        services.AddSingleton<IPersonalDataEraser, LocalTranscriptEraser>();
        services.AddSingleton<IPersonalDataEraser, ConversationStateEraser>();
        return services;
    }
}
