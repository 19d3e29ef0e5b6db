using System.Globalization;
using RecordsBot.Dialogs;
using RecordsBot.Dialogs.Prompts;

namespace RecordsBot.Forms.Flow.Validators;

/// <summary><c>letter-provider-pick</c>: a place on the saved list shown (1 to <c>providerCount</c>), or a word for a
/// new provider (letter.provider.new.words).</summary>
public sealed class ProviderPickValidator : IPromptValidator
{
    public const string ValidatorName = "letter-provider-pick";

    public string Name => ValidatorName;

    public Task<string?> ValidateAsync(DialogContext dc, PromptOptions options, string value, CancellationToken cancellationToken)
    {
        if (LetterWords.IsOneOf(dc.Environment.Texts, LetterTextKeys.ProviderNewWords, dc.ChannelId, value))
        {
            return Task.FromResult<string?>(null);
        }

        var count = int.TryParse(options.Args.GetValueOrDefault(LetterValues.ProviderCount), NumberStyles.None, CultureInfo.InvariantCulture, out var c) ? c : 0;
        return Task.FromResult<string?>(LetterWords.Number(value) is { } n && n >= 1 && n <= count ? null : LetterTextKeys.ProviderPickRetry);
    }
}
