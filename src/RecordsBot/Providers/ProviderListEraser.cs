using RecordsBot.Privacy;

namespace RecordsBot.Providers;

/// <summary>"Delete my data" empties the person's saved list of providers (on the channel they ask from).</summary>
public sealed class ProviderListEraser(IProviderList providers) : IPersonalDataEraser
{
    public string Name => "saved-providers";

    public Task EraseAsync(PersonalDataScope scope, CancellationToken cancellationToken) =>
        providers.RemoveAllAsync(PersonRef.Of(scope.Turn), cancellationToken);
}
