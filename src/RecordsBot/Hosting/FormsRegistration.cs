namespace RecordsBot.Hosting;

/// <summary>"Write a request letter": letters composed, rendered to PDF and plain text, stored for download.</summary>
public static class FormsRegistration
{
    public static IServiceCollection AddRecordsBotForms(this IServiceCollection services) => services;

    public static WebApplication MapRecordsBotForms(this WebApplication app) => app;
}
