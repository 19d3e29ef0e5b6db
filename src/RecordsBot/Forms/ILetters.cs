using Microsoft.Bot.Builder;

namespace RecordsBot.Forms;

/// <summary>
/// Makes letters: composes the text (with the citations from dialogs/knowledge/), renders it to a PDF and to plain text,
/// stores it for the person of the turn (erased by "delete my data") and returns a link for this turn's channel.
/// </summary>
public interface ILetters
{
    /// <exception cref="LetterRenderException">When the letter cannot be made (a character no font has, a font file
    /// missing); its <see cref="LetterRenderException.TextKey"/> says what to tell the person.</exception>
    Task<LetterHandle> CreateAsync(ITurnContext turn, LetterRequest request, CancellationToken cancellationToken);
}
