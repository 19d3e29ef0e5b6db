namespace RecordsBot.Forms.Composition;

/// <summary>One block of a letter. <see cref="Lines"/> are texts as they will print (with what the person typed
/// verbatim); for <see cref="LetterBlockKind.Fields"/> each line is a label and its value (<see cref="Values"/>).</summary>
public sealed record LetterBlock(LetterBlockKind Kind, IReadOnlyList<string> Lines, IReadOnlyList<string>? Values = null)
{
    public static LetterBlock Of(LetterBlockKind kind, params string[] lines) => new(kind, lines);
}
