namespace RecordsBot.Hosting;

/// <summary>
/// Settings under <c>RecordsBot:OpenAI</c>: optional Azure OpenAI rewording of retrieved passages into plainer words.
/// Off unless <see cref="Endpoint"/> is set; without it, answers are the passages as written.
/// </summary>
public sealed class OpenAIOptions
{
    public const string Section = RecordsBotOptions.Section + ":OpenAI";

    /// <summary>The Azure OpenAI resource, like https://my-resource.openai.azure.com/. Empty: off.</summary>
    public string? Endpoint { get; set; }

    /// <summary>The chat model deployment's name.</summary>
    public string? Deployment { get; set; }

    /// <summary>The resource's key. Empty: the app's managed identity signs in instead (Azure.Identity).</summary>
    public string? ApiKey { get; set; }

    /// <summary>The client id of a user-assigned managed identity; empty: the system-assigned one. Only without ApiKey.</summary>
    public string? ManagedIdentityClientId { get; set; }

    /// <summary>How long to wait for the model before saying the passages as written.</summary>
    public int TimeoutSeconds { get; set; } = 8;

    public bool Enabled => !string.IsNullOrWhiteSpace(Endpoint);
}
