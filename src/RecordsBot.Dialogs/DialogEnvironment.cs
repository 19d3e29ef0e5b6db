using Microsoft.Bot.Builder;
using RecordsBot.Dialogs.Flows;
using RecordsBot.Dialogs.Prompts;
using RecordsBot.Dialogs.Questions;
using RecordsBot.Dialogs.Recognition;
using RecordsBot.Dialogs.Rendering;
using RecordsBot.Dialogs.Texts;

namespace RecordsBot.Dialogs;

/// <summary>What every dialog of a turn may use: texts, rendering, the clock, free-phrase matching, named handlers
/// and validators, and optionally an answerer of questions asked in place of an answer.</summary>
public sealed class DialogEnvironment(
    TextCatalog texts,
    MessageRenderer renderer,
    TimeProvider time,
    TimeZoneInfo defaultTimeZone,
    PhraseMatcher? phrases,
    IReadOnlyDictionary<string, IFlowHandler> handlers,
    IReadOnlyDictionary<string, IPromptValidator> validators,
    IQuestionAnswerer? questions = null)
{
    public TextCatalog Texts { get; } = texts;

    public MessageRenderer Renderer { get; } = renderer;

    public TimeProvider Time { get; } = time;

    /// <summary>The time zone of people whose channel does not say theirs.</summary>
    public TimeZoneInfo DefaultTimeZone { get; } = defaultTimeZone;

    public PhraseMatcher? Phrases { get; } = phrases;

    public IReadOnlyDictionary<string, IFlowHandler> Handlers { get; } = handlers;

    public IReadOnlyDictionary<string, IPromptValidator> Validators { get; } = validators;

    /// <summary>Answers questions people ask instead of answering a prompt; null: such replies are treated as any other.</summary>
    public IQuestionAnswerer? Questions { get; } = questions;

    /// <summary>
    /// The person's time zone: the IANA zone the channel reports (Web Chat and Teams send <c>localTimezone</c>), else
    /// the offset of their <c>localTimestamp</c>, else <see cref="DefaultTimeZone"/>.
    /// </summary>
    public TimeZoneInfo TimeZoneOf(ITurnContext turnContext)
    {
        var activity = turnContext.Activity;
        if (!string.IsNullOrWhiteSpace(activity.LocalTimezone) && TimeZoneInfo.TryFindSystemTimeZoneById(activity.LocalTimezone, out var zone))
        {
            return zone;
        }

        if (activity.LocalTimestamp is { } local)
        {
            return TimeZoneInfo.CreateCustomTimeZone("offset" + local.Offset, local.Offset, null, null);
        }

        return DefaultTimeZone;
    }

    /// <summary>Today's date where the person is.</summary>
    public DateOnly TodayFor(ITurnContext turnContext) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(Time.GetUtcNow(), TimeZoneOf(turnContext)).DateTime);

    public ConfirmWords ConfirmWords(string? channelId) =>
        new(Texts.GetList(EngineTextKeys.ConfirmYesWords, channelId), Texts.GetList(EngineTextKeys.ConfirmNoWords, channelId));
}
