using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace RecordsBot.Tests.Transcripts;

/// <summary>
/// A whole conversation as data (<c>conversations/*.transcript.yaml</c>): what the person sends and what the bot must
/// answer, replayed on each listed channel through the real /api/messages endpoint.
/// </summary>
public sealed class Transcript
{
    public string Title { get; set; } = string.Empty;

    /// <summary>The channels the conversation is replayed on: webchat, msteams, sms.</summary>
    public List<string> Channels { get; set; } = [];

    /// <summary>The person's IANA time zone, sent as the activity's localTimezone (Web Chat and Teams send it).</summary>
    public string? Timezone { get; set; }

    public List<TranscriptTurn> Turns { get; set; } = [];

    public static Transcript Load(string path) =>
        new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build()
            .Deserialize<Transcript>(File.ReadAllText(path));
}

/// <summary>One thing the person does (join the conversation, or send text) and the bot's expected replies.</summary>
public sealed class TranscriptTurn
{
    /// <summary>This turn and the ones after it are in a new conversation of the same person (their saved data stays).</summary>
    public bool NewConversation { get; set; }

    public bool Join { get; set; }

    public string? User { get; set; }

    /// <summary>Replies in order; each text must be contained in the reply (on Teams, in its card's text).</summary>
    public List<ExpectedReply> Replies { get; set; } = [];

    /// <summary>Replies on SMS when they differ in number (long texts split); otherwise <see cref="Replies"/>.</summary>
    public List<ExpectedReply>? SmsReplies { get; set; }

    /// <summary>
    /// Instead of <see cref="Replies"/>, for long answers whose split into messages differs by channel: texts that must
    /// appear, in this order, across everything the bot said in the turn (markdown and line breaks aside), with the
    /// question it ends on in <see cref="Then"/>. Every reply is still checked for what its channel must never get.
    /// </summary>
    public List<string>? Says { get; set; }

    /// <summary>With <see cref="Says"/>: the last reply of the turn (usually the next question and its choices).</summary>
    public ExpectedReply? Then { get; set; }
}

/// <summary>What one reply must contain: text (with per-channel variants) and the choices offered.</summary>
public sealed class ExpectedReply
{
    public string? Text { get; set; }

    public string? Webchat { get; set; }

    public string? Msteams { get; set; }

    public string? Sms { get; set; }

    public List<string>? Choices { get; set; }

    /// <summary>The reply gives a file to download (a letter): on Web Chat a PDF attachment with a link and a file name, on
    /// Teams a card with one button that opens the link, on SMS the link in the text.</summary>
    public bool Download { get; set; }

    public string? TextOn(string channel) => channel switch
    {
        "webchat" => Webchat ?? Text,
        "msteams" => Msteams ?? Text,
        "sms" => Sms ?? Text,
        _ => Text,
    };
}
