namespace RecordsBot.Dialogs.Questions;

/// <summary>
/// Answers a question a person asks in place of answering a prompt ("can they charge me for searching?" while asked
/// for their state). Prompts call it for replies shaped like a question (<see cref="Recognition.QuestionShape"/>);
/// whatever it says, the prompt then asks its own question again without counting a failed attempt. The engine knows
/// nothing of where answers come from: the app registers one on <see cref="DialogEnvironment"/>.
/// </summary>
public interface IQuestionAnswerer
{
    /// <summary>Says an answer when its sources answer <paramref name="text"/> confidently; true when it said one.
    /// Says nothing and returns false otherwise.</summary>
    Task<bool> TryAnswerAsync(DialogContext dc, string text, CancellationToken cancellationToken);

    /// <summary>Says plainly that it has no answer to <paramref name="text"/>; true when it said so. False (and says
    /// nothing) when the text holds nothing to look up ("what?", "huh?"), so the prompt treats it as any reply.</summary>
    Task<bool> TrySayUnknownAsync(DialogContext dc, string text, CancellationToken cancellationToken);
}
