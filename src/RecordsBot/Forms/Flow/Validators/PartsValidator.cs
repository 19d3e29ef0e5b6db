using RecordsBot.Dialogs;
using RecordsBot.Dialogs.Prompts;

namespace RecordsBot.Forms.Flow.Validators;

/// <summary><c>letter-parts</c>: one or more parts of the record, by number (1 to 5) or by name.</summary>
public sealed class PartsValidator : IPromptValidator
{
    public const string ValidatorName = "letter-parts";

    public string Name => ValidatorName;

    public Task<string?> ValidateAsync(DialogContext dc, PromptOptions options, string value, CancellationToken cancellationToken) =>
        Task.FromResult(LetterPartsReader.Read(dc.Environment.Texts, dc.ChannelId, value) is { Count: > 0 } ? null : LetterTextKeys.PartsRetry);
}
