using System.ClientModel;
using System.ClientModel.Primitives;
using Azure.AI.OpenAI;
using Azure.Identity;
using Microsoft.Extensions.Options;
using RecordsBot.Dialogs.Questions;
using RecordsBot.Guidance;
using RecordsBot.Guidance.Answers;

namespace RecordsBot.Hosting;

/// <summary>
/// Answers to questions asked in free words: the offline search over the knowledge base, the answerer every prompt
/// hands questions to, and, only when <c>RecordsBot:OpenAI:Endpoint</c> is set, Azure OpenAI rewording of the passages
/// found (with the resource's key, or else the app's managed identity; no retries).
/// </summary>
public static class AnswersRegistration
{
    public static IServiceCollection AddRecordsBotAnswers(this IServiceCollection services)
    {
        services.AddOptions<OpenAIOptions>().BindConfiguration(OpenAIOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<OpenAIOptions>, OpenAIOptionsValidator>();
        services.AddSingleton(sp => new PassageSearch(sp.GetRequiredService<KnowledgeBase>()));
        services.AddSingleton<IQuestionAnswerer>(sp => new KnowledgeAnswerer(sp.GetRequiredService<PassageSearch>(), Rephraser(sp)));
        return services;
    }

    /// <summary>The Azure OpenAI rephraser as configured, or null when it is not.</summary>
    public static OpenAIRephraser? Rephraser(IServiceProvider sp)
    {
        var options = sp.GetRequiredService<IOptions<OpenAIOptions>>().Value;
        if (!options.Enabled)
        {
            return null;
        }

        // No retries: a slow or failing model must not hold up the answer, which falls back to the passages as written.
        var clientOptions = new AzureOpenAIClientOptions { RetryPolicy = new ClientRetryPolicy(maxRetries: 0) };
        var endpoint = new Uri(options.Endpoint!);
        var client = string.IsNullOrWhiteSpace(options.ApiKey)
            ? new AzureOpenAIClient(endpoint, ManagedIdentity(options), clientOptions)
            : new AzureOpenAIClient(endpoint, new ApiKeyCredential(options.ApiKey), clientOptions);
        return new OpenAIRephraser(
            client.GetChatClient(options.Deployment),
            options,
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<OpenAIRephraser>>());
    }

    private static ManagedIdentityCredential ManagedIdentity(OpenAIOptions options) =>
        string.IsNullOrWhiteSpace(options.ManagedIdentityClientId)
            ? new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned)
            : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(options.ManagedIdentityClientId));
}
