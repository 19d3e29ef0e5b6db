namespace RecordsBot.Guidance.Answers;

/// <summary>What a search made of a question.</summary>
public enum SearchOutcome
{
    /// <summary>The question has no content word to look up ("what?", "how do I get my records?").</summary>
    NothingToLookUp,

    /// <summary>No passage covers enough of the question: RecordsBot says it does not know.</summary>
    Unknown,

    /// <summary>One or two passages answer it.</summary>
    Answered,
}
