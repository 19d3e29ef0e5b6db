using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using RecordsBot.Forms;

namespace RecordsBot.Tests.Forms;

/// <summary>Letter requests as the letter flow hands them over, and a turn of a given person to make them in.</summary>
public static class LetterSamples
{
    public static readonly DateOnly Today = new(2026, 11, 25);

    public static LetterPatient Patient { get; } = new(
        "Siobhán O'Brien-Núñez",
        new DateOnly(1984, 3, 7),
        "1428 Elm Street, Apt 3B\nAustin, TX 78701",
        "(512) 555-0142",
        "siobhan.obrien@example.org",
        "6789");

    public static LetterProvider Provider { get; } = new("Hill Country Family Medicine", "200 Congress Avenue, Suite 410\nAustin, TX 78701", "TX", 7);

    public static LetterRequest Request(
        LetterPatient? patient = null,
        LetterProvider? provider = null,
        RecordsWanted? records = null,
        CopyFormat format = CopyFormat.ElectronicPdf,
        CopyDelivery delivery = CopyDelivery.Email,
        ThirdPartyRecipient? thirdParty = null,
        LetterRepresentative? representative = null,
        bool acceptsUnencryptedEmail = true) =>
        new(LetterKind.Request, Today, patient ?? Patient, provider ?? Provider, records ?? new RecordsWanted([], null, null), format, delivery, thirdParty, representative, acceptsUnencryptedEmail, null);

    public static LetterRequest FollowUp(bool extended = false) =>
        Request(delivery: CopyDelivery.Mail, format: CopyFormat.Paper) with
        {
            Kind = LetterKind.FollowUp,
            Prior = new PriorRequest(new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 3), extended ? new DateOnly(2026, 12, 2) : new DateOnly(2026, 10, 24), extended, null),
        };

    public static LetterRequest Complaint(string? whatHappened = "I called twice and was told to wait.", DateOnly? today = null) =>
        Request() with
        {
            Kind = LetterKind.Complaint,
            Date = today ?? Today,
            Prior = new PriorRequest(new DateOnly(2026, 9, 1), new DateOnly(2026, 9, 2), new DateOnly(2026, 10, 2), false, whatHappened),
        };

    /// <summary>A message turn from <paramref name="userId"/> on <paramref name="channelId"/>, as a channel would send it.</summary>
    public static ITurnContext Turn(string channelId = "webchat", string userId = "user-1", string conversationId = "conversation-1") =>
        new TurnContext(new TestAdapter(), new Activity(ActivityTypes.Message)
        {
            ChannelId = channelId,
            From = new ChannelAccount(userId),
            Recipient = new ChannelAccount("bot"),
            Conversation = new ConversationAccount(id: conversationId),
            Text = "make my letter",
        });
}
