using RecordsBot.Dialogs.Flows;

namespace RecordsBot.Forms.Flow.Handlers;

/// <summary>
/// <c>letter-next</c>: keeps the answers so far for this conversation, then takes the exit of what comes next: the
/// answer the person chose to change (<c>editing</c>), else the first thing the letter still lacks
/// (<see cref="LetterFields.Missing"/>), else <c>summary</c>. A letter by e-mail is delivered by e-mail.
/// </summary>
public sealed class NextHandler(LetterDrafts drafts) : IFlowHandler
{
    public const string HandlerName = "letter-next";

    /// <summary>Changing who gets the copy asks the name again without saying the limits again.</summary>
    public const string ThirdNameOnly = "third-name-only";

    /// <summary>Changing the representative's name asks it again without saying who may ask again.</summary>
    public const string RepNameOnly = "rep-name-only";

    public string Name => HandlerName;

    public async Task<string?> RunAsync(FlowHandlerContext context, CancellationToken cancellationToken)
    {
        var values = context.Values;
        if (values.GetValueOrDefault(LetterValues.Format) == "email")
        {
            values[LetterValues.Delivery] = "email";
        }

        // "400 Main St, Columbus, OH 43215" already says the provider's state: not asked again.
        if (!values.ContainsKey(LetterValues.ProviderState) && LetterProviderAddress.StateIn(values.GetValueOrDefault(LetterValues.ProviderAddress)) is { } state)
        {
            values[LetterValues.ProviderState] = state;
        }

        await drafts.KeepAsync(context.Dialog.Context, values, [LetterValues.LetterKind, .. LetterValues.Person, .. LetterValues.PerLetter], cancellationToken);

        var editing = (values.GetValueOrDefault(LetterValues.Editing) ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (editing.Count > 0)
        {
            var field = editing[0];
            editing.RemoveAt(0);
            if (editing.Count == 0)
            {
                values.Remove(LetterValues.Editing);
            }
            else
            {
                values[LetterValues.Editing] = string.Join(",", editing);
            }

            return field switch
            {
                LetterFields.ThirdName => ThirdNameOnly,
                LetterFields.RepName => RepNameOnly,
                _ => field,
            };
        }

        return LetterFields.Missing(values) ?? LetterFields.Summary;
    }
}
