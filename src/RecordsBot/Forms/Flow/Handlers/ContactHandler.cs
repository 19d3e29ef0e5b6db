using RecordsBot.Dialogs.Flows;

namespace RecordsBot.Forms.Flow.Handlers;

/// <summary><c>letter-contact</c>: the phone number and e-mail address in <c>contactReply</c> (checked by
/// letter-contact) become <c>phone</c> and <c>email</c>, replacing the ones given before.</summary>
public sealed class ContactHandler : IFlowHandler
{
    public const string HandlerName = "letter-contact";

    public string Name => HandlerName;

    public Task<string?> RunAsync(FlowHandlerContext context, CancellationToken cancellationToken)
    {
        var values = context.Values;
        if (values.Remove(LetterValues.ContactReply, out var reply))
        {
            var (phone, email) = LetterContact.Read(reply);
            LetterFlow.Remove(values, LetterValues.Phone, LetterValues.Email);
            if (phone is not null)
            {
                values[LetterValues.Phone] = phone;
            }

            if (email is not null)
            {
                values[LetterValues.Email] = email;
            }
        }

        return Task.FromResult<string?>(null);
    }
}
