namespace RecordsBot.Forms.Composition;

/// <summary>What a block of a letter is, which decides how it is laid out.</summary>
public enum LetterBlockKind
{
    /// <summary>A word or two at the top, in capitals (DRAFT).</summary>
    Banner,

    /// <summary>Lines kept as they are, without space between them: an address, the date, a name.</summary>
    Lines,

    /// <summary>The subject line, in bold.</summary>
    Subject,

    /// <summary>A section title, in bold.</summary>
    Heading,

    /// <summary>A paragraph: one or more sentences, wrapped.</summary>
    Paragraph,

    /// <summary>A list: each line an item with a bullet, wrapped under itself.</summary>
    List,

    /// <summary>Label/value lines ("Date of birth: ...") with the values lined up.</summary>
    Fields,

    /// <summary>Lines to sign on: each line's text is the label under a rule.</summary>
    Signature,
}
