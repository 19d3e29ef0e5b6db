using Microsoft.Extensions.Options;
using RecordsBot.Dialogs;
using RecordsBot.Dialogs.Texts;
using RecordsBot.Dialogs.Flows;
using RecordsBot.Dialogs.Prompts;
using RecordsBot.Privacy;
using RecordsBot.Providers;
using RecordsBot.Providers.Handlers;

namespace RecordsBot.Hosting;

/// <summary>"Who to contact": the kinds of provider (dialogs/knowledge/provider-kinds.yaml, loaded once and checked at
/// start), the saved lists and their eraser, and the handlers and validator providers.dialog.yaml calls.</summary>
public static class ProvidersRegistration
{
    public static IServiceCollection AddRecordsBotProviders(this IServiceCollection services)
    {
        services.AddSingleton(sp => ProviderKinds.Load(DialogsFolder.Resolve(sp.GetRequiredService<IOptions<RecordsBotOptions>>().Value.DialogsPath)));
        services.AddSingleton<IDialogsCheck, ProviderKindsCheck>();
        services.AddSingleton<IDialogsCheck, StateDeadlineKindsCheck>();
        services.AddSingleton(sp => new ProviderKindReader(sp.GetRequiredService<ProviderKinds>(), new Lazy<TextCatalog>(() => sp.GetRequiredService<DialogCatalog>().Texts)));
        services.AddSingleton<PersonKeys>();
        services.AddSingleton<IProviderList, ProviderList>();
        services.AddSingleton<IPersonalDataEraser, ProviderListEraser>();
        services.AddSingleton<IPromptValidator, ListNumberValidator>();

        services.AddSingleton<IFlowHandler, ShowListHandler>();
        services.AddSingleton<IFlowHandler, WalkStartHandler>();
        services.AddSingleton<IFlowHandler, NextGroupHandler>();
        services.AddSingleton<IFlowHandler, KindPickedHandler>();
        services.AddSingleton<IFlowHandler, MoreHandler>();
        services.AddSingleton<IFlowHandler, CheckNameHandler>();
        services.AddSingleton<IFlowHandler, LastStateHandler>();
        services.AddSingleton<IFlowHandler, SameStateHandler>();
        services.AddSingleton<IFlowHandler, NoStateHandler>();
        services.AddSingleton<IFlowHandler, CheckContactHandler>();
        services.AddSingleton<IFlowHandler, SaveHandler>();
        services.AddSingleton<IFlowHandler, TipHandler>();
        services.AddSingleton<IFlowHandler, EndTipsHandler>();
        services.AddSingleton<IFlowHandler, AddStartHandler>();
        services.AddSingleton<IFlowHandler, MatchKindHandler>();
        services.AddSingleton<IFlowHandler, PickHandler>();
        services.AddSingleton<IFlowHandler, UpdateHandler>();
        services.AddSingleton<IFlowHandler, RemoveHandler>();
        return services;
    }
}
