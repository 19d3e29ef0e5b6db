using Microsoft.Extensions.Options;
using RecordsBot.Dialogs.Flows;
using RecordsBot.Guidance;

namespace RecordsBot.Hosting;

/// <summary>Guidance: the knowledge base from dialogs/knowledge/ (loaded and checked once) and the handlers that say it.</summary>
public static class GuidanceRegistration
{
    public static IServiceCollection AddRecordsBotGuidance(this IServiceCollection services)
    {
        services.AddSingleton(sp => KnowledgeBase.Load(DialogsFolder.Resolve(sp.GetRequiredService<IOptions<RecordsBotOptions>>().Value.DialogsPath)));
        services.AddSingleton<IDialogsCheck, KnowledgeTopicsCheck>();
        services.AddSingleton<IFlowHandler, KnowledgeHandler>();
        services.AddSingleton<IFlowHandler, FeesStateHandler>();
        services.AddSingleton<IFlowHandler, FeesDeadlineHandler>();
        services.AddSingleton<IFlowHandler, FeesEstimateHandler>();
        return services;
    }
}
