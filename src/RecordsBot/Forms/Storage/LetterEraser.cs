using RecordsBot.Privacy;

namespace RecordsBot.Forms.Storage;

/// <summary>"Delete my data" deletes every letter made for the person (on the channel they ask from); their links stop working.</summary>
public sealed class LetterEraser(LetterStore letters) : IPersonalDataEraser
{
    public string Name => "letters";

    public Task EraseAsync(PersonalDataScope scope, CancellationToken cancellationToken) =>
        letters.RemoveAllAsync(PersonRef.Of(scope.Turn), cancellationToken);
}
