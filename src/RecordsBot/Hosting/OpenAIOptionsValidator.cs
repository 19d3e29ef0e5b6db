using Microsoft.Extensions.Options;

namespace RecordsBot.Hosting;

/// <summary>Checks <c>RecordsBot:OpenAI</c> at start, naming the setting to fix.</summary>
public sealed class OpenAIOptionsValidator : IValidateOptions<OpenAIOptions>
{
    public ValidateOptionsResult Validate(string? name, OpenAIOptions options)
    {
        var errors = new List<string>();
        if (!options.Enabled)
        {
            if (!string.IsNullOrWhiteSpace(options.Deployment) || !string.IsNullOrWhiteSpace(options.ApiKey) || !string.IsNullOrWhiteSpace(options.ManagedIdentityClientId))
            {
                errors.Add($"{OpenAIOptions.Section}:Endpoint is empty, but other {OpenAIOptions.Section} settings are set: set the Endpoint of your Azure OpenAI resource, or remove them.");
            }
        }
        else
        {
            if (!Uri.TryCreate(options.Endpoint, UriKind.Absolute, out var endpoint)
                || !(endpoint.Scheme == Uri.UriSchemeHttps || (endpoint.Scheme == Uri.UriSchemeHttp && endpoint.IsLoopback)))
            {
                errors.Add($"{OpenAIOptions.Section}:Endpoint must be an https URL like https://my-resource.openai.azure.com/, not '{options.Endpoint}'.");
            }

            if (string.IsNullOrWhiteSpace(options.Deployment))
            {
                errors.Add($"{OpenAIOptions.Section}:Deployment must name the chat model deployment when {OpenAIOptions.Section}:Endpoint is set.");
            }

            if (!string.IsNullOrWhiteSpace(options.ApiKey) && !string.IsNullOrWhiteSpace(options.ManagedIdentityClientId))
            {
                errors.Add($"{OpenAIOptions.Section}:ApiKey and {OpenAIOptions.Section}:ManagedIdentityClientId are both set: use one way to sign in.");
            }
        }

        if (options.TimeoutSeconds is < 1 or > 60)
        {
            errors.Add($"{OpenAIOptions.Section}:TimeoutSeconds must be between 1 and 60.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
