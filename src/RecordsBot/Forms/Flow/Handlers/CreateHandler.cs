using System.Globalization;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using RecordsBot.Dialogs;
using RecordsBot.Dialogs.Flows;
using RecordsBot.Dialogs.Rendering;
using RecordsBot.Dialogs.Texts;
using RecordsBot.Hosting;

namespace RecordsBot.Forms.Flow.Handlers;

/// <summary>
/// <c>letter-create</c>: makes the letter the person confirmed (<see cref="ILetters"/>) and gives it for their channel:
/// on Web Chat (and any other) a PDF attachment and a sentence with the link; on Teams a card with a download button
/// (bots cannot send Teams arbitrary files without the file-consent flow); on SMS one short plain message with the link.
/// A letter the engine cannot make (<see cref="LetterRenderException"/>) is explained by its text key, and the person
/// goes back to the field to fix (exit <c>fix</c>, when the exception's values name a <c>field</c>) or to the summary
/// (exit <c>review</c>). Anything else: exit <c>failed</c>; the answers stay in this conversation's draft.
/// </summary>
public sealed partial class CreateHandler(ILetters letters, LetterDrafts drafts, ILogger<CreateHandler> logger) : IFlowHandler
{
    public const string HandlerName = "letter-create";

    /// <summary>The value of a <see cref="LetterRenderException"/> that names what to fix: a field id of
    /// <see cref="LetterFields"/> or a value name of <see cref="LetterValues"/>.</summary>
    public const string FieldValue = "field";

    /// <summary>The value of a <see cref="LetterRenderException"/> that lists characters no font has, space-separated:
    /// the first answer holding one of them is asked again.</summary>
    public const string CharactersValue = "characters";

    public string Name => HandlerName;

    public async Task<string?> RunAsync(FlowHandlerContext context, CancellationToken cancellationToken)
    {
        var values = context.Values;
        var dc = context.Dialog;
        var request = LetterRequestMapper.Map(values, dc.Environment.TodayFor(dc.Context), relation => LetterFlow.Text(context, LetterTextKeys.RelationInLetter(relation)));
        LetterHandle letter;
        try
        {
            letter = await letters.CreateAsync(dc.Context, request, cancellationToken);
        }
        catch (LetterRenderException e)
        {
            await dc.SayAsync(e.TextKey, e.Values, cancellationToken);
            if ((e.Values.GetValueOrDefault(FieldValue) is { } named ? FieldOf(named) : FieldWith(values, e.Values.GetValueOrDefault(CharactersValue))) is { } field)
            {
                values[LetterValues.Editing] = field;
                return "fix";
            }

            return "review";
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogFailed(logger, request.Kind.ToString(), PrivacySafe.TypeName(e));
            return "failed";
        }

        await dc.SendAsync(Ready(dc, letter), cancellationToken);

        // The next letter in this conversation starts from the person's answers, not this provider's.
        await drafts.KeepAsync(dc.Context, values, [LetterValues.LetterKind, .. LetterValues.Person], cancellationToken);
        return null;
    }

    /// <summary>The message that gives the letter, as the channel takes it.</summary>
    public static IReadOnlyList<IActivity> Ready(DialogContext dc, LetterHandle letter)
    {
        var texts = dc.Environment.Texts;
        var expires = TimeZoneInfo.ConvertTime(letter.ExpiresAt, dc.Environment.TimeZoneOf(dc.Context));
        var shown = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["fileName"] = letter.FileName,
            ["pages"] = letter.PageCount.ToString(CultureInfo.InvariantCulture),
            ["expiresOn"] = expires.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };

        // The link goes in as it is: escaping its marks for markdown would change the address.
        var url = new Dictionary<string, string> { ["url"] = letter.DownloadUrl.AbsoluteUri };
        switch (dc.ChannelId)
        {
            case MessageRenderer.Sms:
                var sms = TextCatalog.Fill(TextCatalog.Fill(texts.Get(LetterTextKeys.Ready, dc.ChannelId), shown), url);
                return PlainText.Split(sms, 306).Select(t => (IActivity)MessageFactory.Text(t)).ToList();
            case MessageRenderer.Teams:
                var card = new HeroCard
                {
                    Text = TextCatalog.Fill(texts.Get(LetterTextKeys.ReadyCard, dc.ChannelId), shown),
                    Buttons = [new CardAction(ActionTypes.OpenUrl, texts.Get(LetterTextKeys.DownloadLabel, dc.ChannelId), value: letter.DownloadUrl.AbsoluteUri)],
                };
                return [MessageFactory.Attachment(card.ToAttachment())];
            default:
                var text = TextCatalog.Fill(texts.Get(LetterTextKeys.Ready, dc.ChannelId, shown), url);
                var attachment = new Attachment("application/pdf", letter.DownloadUrl.AbsoluteUri, name: letter.FileName);
                return [MessageFactory.Attachment(attachment, text)];
        }
    }

    /// <summary>The first field of the summary whose answer holds one of <paramref name="characters"/>.</summary>
    private static string? FieldWith(IReadOnlyDictionary<string, string> values, string? characters)
    {
        var wanted = (characters ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return wanted.Length == 0
            ? null
            : LetterFields.Shown(values).FirstOrDefault(field => LetterFields.ValuesOf(field).Any(name => values.GetValueOrDefault(name) is { } v && wanted.Any(c => v.Contains(c, StringComparison.Ordinal))));
    }

    private static string? FieldOf(string named) =>
        LetterFields.Editable.Contains(named) ? named : named switch
        {
            LetterValues.PatientName => LetterFields.Name,
            LetterValues.BirthDate => LetterFields.Birth,
            LetterValues.Address => LetterFields.Address,
            LetterValues.Phone or LetterValues.Email => LetterFields.Contact,
            LetterValues.RepName => LetterFields.RepName,
            LetterValues.RepDocument => LetterFields.RepDocument,
            LetterValues.ProviderName => LetterFields.Provider,
            LetterValues.ProviderAddress => LetterFields.ProviderAddress,
            LetterValues.WhatHappened => LetterFields.WhatHappened,
            LetterValues.ThirdName => LetterFields.ThirdName,
            LetterValues.ThirdWhere => LetterFields.ThirdWhere,
            _ => null,
        };

    [LoggerMessage(EventId = 5105, EventName = "letter_failed", Level = LogLevel.Error, Message = "Letter failed ({Kind}): {ExceptionType}")]
    private static partial void LogFailed(ILogger logger, string kind, string exceptionType);
}
