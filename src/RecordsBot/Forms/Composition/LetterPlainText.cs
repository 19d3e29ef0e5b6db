using System.Text;
using RecordsBot.Dialogs.Texts;
using K = RecordsBot.Forms.FormsTextKeys;

namespace RecordsBot.Forms.Composition;

/// <summary>A letter as plain text, for SMS and e-mail bodies: blocks separated by a blank line, lists with "- ",
/// fields as "Label: value", a line to sign on for each signature. No markdown; what the person typed as typed.</summary>
public static class LetterPlainText
{
    public static string Render(LetterDocument letter, TextCatalog texts)
    {
        var builder = new StringBuilder();
        foreach (var block in letter.Blocks)
        {
            if (builder.Length > 0)
            {
                builder.Append("\n\n");
            }

            var lines = block.Kind switch
            {
                LetterBlockKind.List => block.Lines.Select(item => LetterText.Get(texts, K.TextBullet, ("item", item))),
                LetterBlockKind.Fields => block.Lines.Select((label, i) => LetterText.Get(texts, K.TextField, ("label", label), ("value", LetterText.OneLine(block.Values?[i])))),
                LetterBlockKind.Signature => block.Lines.Select(label => LetterText.Get(texts, K.TextSignatureLine, ("label", label))),
                _ => block.Lines,
            };
            builder.Append(string.Join('\n', lines));
        }

        return builder.ToString();
    }
}
