using RecordsBot.Dialogs.Questions;

namespace RecordsBot.Dialogs.Tests.Support;

/// <summary>
/// An answerer over a fixed table: a question containing one of <see cref="Answers"/>' words (case ignored) gets that
/// entry's text said; any other question with a word of four letters or more gets <see cref="Unknown"/>; the rest
/// ("what?") is nothing to look up. Records every question it was asked, in order.
/// </summary>
public sealed class TestAnswerer(params (string Word, string Answer)[] answers) : IQuestionAnswerer
{
    public const string Unknown = "I don't know that one.";

    public (string Word, string Answer)[] Answers { get; } = answers;

    public List<string> Asked { get; } = [];

    public async Task<bool> TryAnswerAsync(DialogContext dc, string text, CancellationToken cancellationToken)
    {
        Asked.Add(text);
        var hit = Answers.FirstOrDefault(a => text.Contains(a.Word, StringComparison.OrdinalIgnoreCase));
        if (hit.Answer is null)
        {
            return false;
        }

        await dc.SendAsync(dc.Environment.Renderer.Text(dc.ChannelId, hit.Answer), cancellationToken);
        return true;
    }

    public async Task<bool> TrySayUnknownAsync(DialogContext dc, string text, CancellationToken cancellationToken)
    {
        if (!text.Split(' ', '?', ',', '.').Any(w => w.Length >= 4 && !w.StartsWith("what", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        await dc.SendAsync(dc.Environment.Renderer.Text(dc.ChannelId, Unknown), cancellationToken);
        return true;
    }
}
