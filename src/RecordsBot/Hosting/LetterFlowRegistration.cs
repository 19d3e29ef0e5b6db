namespace RecordsBot.Hosting;

/// <summary>The "Write a request letter" conversation: the handlers and validators request-form.dialog.yaml calls.</summary>
public static class LetterFlowRegistration
{
    public static IServiceCollection AddRecordsBotLetterFlow(this IServiceCollection services) => services;
}
