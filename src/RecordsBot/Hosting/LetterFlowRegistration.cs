using RecordsBot.Dialogs.Flows;
using RecordsBot.Dialogs.Prompts;
using RecordsBot.Forms.Flow;
using RecordsBot.Forms.Flow.Handlers;
using RecordsBot.Forms.Flow.Validators;
using RecordsBot.Guidance;

namespace RecordsBot.Hosting;

/// <summary>The "Write a request letter" conversation: the handlers and validators request-form.dialog.yaml calls, the
/// conversation's draft of answers, and the start-up check of the texts and passages its C# says.</summary>
public static class LetterFlowRegistration
{
    public static IServiceCollection AddRecordsBotLetterFlow(this IServiceCollection services)
    {
        services.AddSingleton<LetterDrafts>();
        services.AddSingleton<IDialogsCheck, LetterFlowCheck>();

        services.AddSingleton<IPromptValidator, NameValidator>();
        services.AddSingleton<IPromptValidator, TextValidator>();
        services.AddSingleton<IPromptValidator, AddressValidator>();
        services.AddSingleton<IPromptValidator, BirthDateValidator>();
        services.AddSingleton<IPromptValidator, ContactValidator>();
        services.AddSingleton<IPromptValidator, SsnValidator>();
        services.AddSingleton<IPromptValidator, ProviderPickValidator>();
        services.AddSingleton<IPromptValidator, PartsValidator>();
        services.AddSingleton<IPromptValidator, DatesToValidator>();
        services.AddSingleton<IPromptValidator, DueDateValidator>();
        services.AddSingleton<IPromptValidator, ReviewValidator>();

        services.AddSingleton<IFlowHandler, StartHandler>();
        services.AddSingleton<IFlowHandler, NextHandler>();
        services.AddSingleton<IFlowHandler, ContactHandler>();
        services.AddSingleton<IFlowHandler, SsnHandler>();
        services.AddSingleton<IFlowHandler, ProvidersHandler>();
        services.AddSingleton<IFlowHandler, ProviderPickedHandler>();
        services.AddSingleton<IFlowHandler, ProviderNamedHandler>();
        services.AddSingleton<IFlowHandler, RecordsHandler>();
        services.AddSingleton<IFlowHandler, PartsHandler>();
        services.AddSingleton<IFlowHandler, EmailAckHandler>();
        services.AddSingleton<IFlowHandler, SummaryHandler>();
        services.AddSingleton<IFlowHandler, ReviewHandler>();
        services.AddSingleton<IFlowHandler, CreateHandler>();
        services.AddSingleton<IFlowHandler, AnotherHandler>();
        services.AddSingleton<IFlowHandler>(sp => new PassagesHandler(PassagesHandler.EmailFacts, LetterPassages.UnencryptedEmail, sp.GetRequiredService<KnowledgeBase>()));
        services.AddSingleton<IFlowHandler>(sp => new PassagesHandler(PassagesHandler.ThirdPartyFacts, LetterPassages.ThirdParty, sp.GetRequiredService<KnowledgeBase>()));
        services.AddSingleton<IFlowHandler>(sp => new PassagesHandler(PassagesHandler.RepresentativeFacts, LetterPassages.Representatives, sp.GetRequiredService<KnowledgeBase>()));
        return services;
    }
}
