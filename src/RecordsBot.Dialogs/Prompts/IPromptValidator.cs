namespace RecordsBot.Dialogs.Prompts;

/// <summary>
/// A named check of a recognized answer, referenced from dialog files (<c>validate: name</c>). Returns null when
/// the answer is fine, or the string key of what to tell the person.
/// </summary>
public interface IPromptValidator
{
    string Name { get; }

    Task<string?> ValidateAsync(DialogContext dc, PromptOptions options, string value, CancellationToken cancellationToken);
}
