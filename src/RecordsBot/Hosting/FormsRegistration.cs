using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using RecordsBot.Dialogs;
using RecordsBot.Dialogs.Texts;
using RecordsBot.Forms;
using RecordsBot.Forms.Composition;
using RecordsBot.Forms.Pdf;
using RecordsBot.Forms.Storage;
using RecordsBot.Guidance;
using RecordsBot.Privacy;

namespace RecordsBot.Hosting;

/// <summary>"Write a request letter": letters composed, rendered to PDF and plain text, stored for download.</summary>
public static class FormsRegistration
{
    public static IServiceCollection AddRecordsBotForms(this IServiceCollection services)
    {
        services.AddOptions<LetterOptions>()
            .BindConfiguration(LetterOptions.Section)
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<LetterOptions>, LetterOptionsValidator>();

        services.AddSingleton(sp => LetterSources.Load(DialogsFolder.Resolve(sp.GetRequiredService<IOptions<RecordsBotOptions>>().Value.DialogsPath)));
        services.AddSingleton<IDialogsCheck, LettersCheck>();
        services.AddSingleton(sp => new LetterComposer(new Lazy<TextCatalog>(() => sp.GetRequiredService<DialogCatalog>().Texts), sp.GetRequiredService<KnowledgeBase>(), sp.GetRequiredService<LetterSources>()));
        services.AddSingleton<LetterFonts>();
        services.AddSingleton<LetterPdfRenderer>();
        services.AddSingleton<LetterLinks>();
        services.TryAddSingleton<PersonKeys>();
        services.AddSingleton<LetterStore>();
        services.AddSingleton<IPersonalDataEraser, LetterEraser>();
        services.AddSingleton<LetterRetention>();
        services.AddHostedService(sp => sp.GetRequiredService<LetterRetention>());
        services.AddSingleton<ILetters, Letters>();
        services.AddHostedService<LetterLinksWarning>();
        return services;
    }

    public static WebApplication MapRecordsBotForms(this WebApplication app)
    {
        app.MapGet(LetterDownloadEndpoint.Route, LetterDownloadEndpoint.HandleAsync);
        return app;
    }
}
