using Microsoft.Bot.Schema;
using RecordsBot.Dialogs.Prompts;
using RecordsBot.Dialogs.Recognition;
using RecordsBot.Dialogs.Tests.Support;

namespace RecordsBot.Dialogs.Tests.Prompts;

public sealed class PromptTests
{
    private static PromptOptions Ask(PromptKind kind) => new()
    {
        TextKey = "q",
        Choices = kind == PromptKind.Choice ? PromptHost.Fruits : [],
    };

    [Theory]
    [InlineData(PromptKind.Text, "  Ada Lovelace  ", "Ada Lovelace")]
    [InlineData(PromptKind.Choice, "2", "pears")]
    [InlineData(PromptKind.Choice, "Apples", "apples")]
    [InlineData(PromptKind.Choice, "the green ones", "pears")]
    [InlineData(PromptKind.Confirm, "yeah", "yes")]
    [InlineData(PromptKind.Confirm, "nope", "no")]
    [InlineData(PromptKind.Confirm, "1", "yes")]
    [InlineData(PromptKind.Number, "three", "3")]
    [InlineData(PromptKind.Number, "12.5", "12.5")]
    [InlineData(PromptKind.Date, "yesterday", "2026-11-23")]
    [InlineData(PromptKind.Date, "3/4/2026", "2026-03-04")]
    [InlineData(PromptKind.Email, "it's Jane.Doe@Example.ORG", "Jane.Doe@example.org")]
    [InlineData(PromptKind.Phone, "(555) 201-3344", "+15552013344")]
    [InlineData(PromptKind.State, "ohio", "OH")]
    [InlineData(PromptKind.State, "tx", "TX")]
    public async Task Each_kind_ends_with_its_canonical_value(PromptKind kind, string reply, string expected)
    {
        var result = await PromptHost.AnswerAsync(kind, Ask(kind), reply);

        Assert.Equal(DialogResult.Completed(expected), result);
    }

    [Theory]
    [InlineData(PromptKind.Choice, "bananas")]
    [InlineData(PromptKind.Confirm, "maybe")]
    [InlineData(PromptKind.Number, "lots")]
    [InlineData(PromptKind.Date, "whenever")]
    [InlineData(PromptKind.Email, "jane at example")]
    [InlineData(PromptKind.Phone, "12")]
    [InlineData(PromptKind.State, "Narnia")]
    public async Task A_reply_it_cannot_use_gets_the_kinds_retry_text_then_the_question_in_one_message(PromptKind kind, string reply)
    {
        var host = new PromptHost(kind, Ask(kind));
        Assert.Equal(["Your answer?"], await host.StartAsync());

        var retry = await host.ReplyAsync(reply);

        Assert.Equal([$"[retry.{PromptKinds.Name(kind)}]\n\nYour answer?"], retry);
        Assert.Empty(host.Results);
        Assert.Equal(1, host.Conversation.Stack.Frames[^1].Prompt!.FailedAttempts);
    }

    [Fact]
    public async Task The_steps_own_retry_text_replaces_the_kinds()
    {
        var host = new PromptHost(PromptKind.Number, new PromptOptions { TextKey = "q", RetryKey = "own.retry" });
        await host.StartAsync();

        Assert.Equal(["Try again, please.\n\nYour answer?"], await host.ReplyAsync("lots"));
    }

    [Fact]
    public async Task A_choice_retry_offers_the_choices_again()
    {
        var host = new PromptHost(PromptKind.Choice, Ask(PromptKind.Choice));
        await host.StartAsync();

        var retry = await host.Conversation.WithContextAsync(dc => dc.ContinueDialogAsync(CancellationToken.None), "bananas");

        Assert.Equal(["Apples", "Pears"], Replies.Suggestions(Assert.Single(retry)));
    }

    [Fact]
    public async Task An_empty_reply_is_no_answer()
    {
        var host = new PromptHost(PromptKind.Text, Ask(PromptKind.Text));
        await host.StartAsync();

        Assert.Equal(["[retry.text]\n\nYour answer?"], await host.ReplyAsync("   "));
    }

    [Fact]
    public async Task Number_min_and_max_are_inclusive_limits()
    {
        var options = new PromptOptions { TextKey = "q", Min = 1, Max = 10 };

        Assert.Null(await PromptHost.AnswerAsync(PromptKind.Number, options, "0"));
        Assert.Null(await PromptHost.AnswerAsync(PromptKind.Number, options, "eleven"));
        Assert.Equal(DialogResult.Completed("1"), await PromptHost.AnswerAsync(PromptKind.Number, options, "one"));
        Assert.Equal(DialogResult.Completed("10"), await PromptHost.AnswerAsync(PromptKind.Number, options, "10"));
    }

    [Fact]
    public async Task Text_longer_than_max_length_is_no_answer()
    {
        var options = new PromptOptions { TextKey = "q", MaxLength = 5 };

        Assert.Null(await PromptHost.AnswerAsync(PromptKind.Text, options, "abcdef"));
        Assert.Equal(DialogResult.Completed("abcde"), await PromptHost.AnswerAsync(PromptKind.Text, options, "abcde"));
    }

    [Fact]
    public async Task A_date_with_range_past_refuses_a_future_date()
    {
        var options = new PromptOptions { TextKey = "q", Range = DateRange.Past };

        Assert.Null(await PromptHost.AnswerAsync(PromptKind.Date, options, "tomorrow"));
        Assert.Equal(DialogResult.Completed("2026-11-24"), await PromptHost.AnswerAsync(PromptKind.Date, options, "today"));
        Assert.Equal(DialogResult.Completed("2025-12-25"), await PromptHost.AnswerAsync(PromptKind.Date, options, "12/25"));
    }

    [Fact]
    public async Task Today_is_the_persons_own_today_near_midnight_utc()
    {
        // 03:00 UTC on the 25th: still the evening of the 24th in Chicago (the default), already the 25th in Tokyo.
        var time = TestClock.At(new DateTimeOffset(2026, 11, 25, 3, 0, 0, TimeSpan.Zero));
        var options = new PromptOptions { TextKey = "q", Range = DateRange.Past };

        Assert.Equal(DialogResult.Completed("2026-11-24"), await PromptHost.AnswerAsync(PromptKind.Date, options, "today", time));
        Assert.Equal(DialogResult.Completed("2026-11-25"), await PromptHost.AnswerAsync(PromptKind.Date, options, "today", time, new Activity { LocalTimezone = "Asia/Tokyo" }));
        Assert.Equal(DialogResult.Completed("2026-11-24"), await PromptHost.AnswerAsync(PromptKind.Date, options, "yesterday", time, new Activity { LocalTimezone = "Asia/Tokyo" }));

        // Without a zone, the offset of the local timestamp.
        var tokyoTimestamp = new Activity { LocalTimestamp = new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.FromHours(9)) };
        Assert.Equal(DialogResult.Completed("2026-11-25"), await PromptHost.AnswerAsync(PromptKind.Date, options, "today", time, tokyoTimestamp));

        // An unknown zone name falls back to the default zone.
        Assert.Equal(DialogResult.Completed("2026-11-24"), await PromptHost.AnswerAsync(PromptKind.Date, options, "today", time, new Activity { LocalTimezone = "Mars/Olympus_Mons" }));
    }

    [Fact]
    public async Task A_validators_error_is_said_once_and_the_next_retry_is_the_usual_one()
    {
        var even = new TestValidator("even", v => int.Parse(v, System.Globalization.CultureInfo.InvariantCulture) % 2 == 0 ? null : "number.odd");
        var host = new PromptHost(PromptKind.Number, new PromptOptions { TextKey = "q", Validator = "even" }, validators: [even]);
        await host.StartAsync();

        Assert.Equal(["That number is odd.\n\nYour answer?"], await host.ReplyAsync("3"));
        Assert.Equal(["[retry.number]\n\nYour answer?"], await host.ReplyAsync("lots"));
        Assert.Equal([], await host.ReplyAsync("4"));
        Assert.Equal([DialogResult.Completed("4")], host.Results);
    }

    [Fact]
    public async Task A_validator_that_is_not_registered_is_a_clear_error()
    {
        var host = new PromptHost(PromptKind.Number, new PromptOptions { TextKey = "q", Validator = "missing" });
        await host.StartAsync();

        var error = await Assert.ThrowsAsync<DialogDefinitionException>(() => host.ReplyAsync("3"));

        Assert.Equal("No prompt validator named 'missing'.", error.Message);
    }

    [Fact]
    public async Task After_max_attempts_unusable_replies_it_gives_up_without_saying_anything()
    {
        var host = new PromptHost(PromptKind.Number, new PromptOptions { TextKey = "q", MaxAttempts = 2 });
        await host.StartAsync();

        Assert.Equal(["[retry.number]\n\nYour answer?"], await host.ReplyAsync("lots"));
        Assert.Equal([], await host.ReplyAsync("many"));

        Assert.Equal([DialogResult.GaveUp], host.Results);
    }

    [Fact]
    public async Task Validator_refusals_count_as_attempts()
    {
        var never = new TestValidator("never", _ => "number.odd");
        var host = new PromptHost(PromptKind.Number, new PromptOptions { TextKey = "q", Validator = "never", MaxAttempts = 1 }, validators: [never]);
        await host.StartAsync();

        await host.ReplyAsync("2");

        Assert.Equal([DialogResult.GaveUp], host.Results);
    }

    [Theory]
    [InlineData(PromptKind.Text)]
    [InlineData(PromptKind.Choice)]
    [InlineData(PromptKind.Confirm)]
    [InlineData(PromptKind.Number)]
    [InlineData(PromptKind.Date)]
    [InlineData(PromptKind.Email)]
    [InlineData(PromptKind.Phone)]
    [InlineData(PromptKind.State)]
    public async Task Help_is_the_kinds_help_key_unless_the_prompt_names_its_own(PromptKind kind)
    {
        Assert.Equal("help." + PromptKinds.Name(kind), await HelpKeyAsync(kind, Ask(kind)));

        var own = Ask(kind);
        own.HelpKey = "own.help";
        Assert.Equal("own.help", await HelpKeyAsync(kind, own));
    }

    [Fact]
    public async Task Confirm_offers_yes_and_no()
    {
        var host = new PromptHost(PromptKind.Confirm, Ask(PromptKind.Confirm));

        var asked = await host.Conversation.WithContextAsync(dc => dc.BeginDialogAsync("host", null, CancellationToken.None));

        Assert.Equal(["Yes", "No"], Replies.Suggestions(Assert.Single(asked)));
    }

    [Fact]
    public async Task Understand_opens_the_topic_the_phrases_name_and_asks_again_when_it_ends_at_the_root()
    {
        var phrases = new PhraseMatcher([("topic", "how much does it cost")]);
        var topic = new ScriptedDialog("topic")
        {
            OnBegin = async (dc, _) =>
            {
                await dc.SayAsync("topic.about", null, CancellationToken.None);
                return await dc.EndDialogAsync((string?)null, CancellationToken.None);
            },
        };
        var options = Ask(PromptKind.Choice);
        options.Understand = true;
        var conversation = new Conversation(TestEnvironment.Prompts(topic), TestEnvironment.Create(PromptHost.Texts, phrases));
        await conversation.WithContextAsync(dc => dc.PromptAsync("prompt.choice", options, CancellationToken.None));

        var replies = await conversation.WithContextAsync(dc => dc.ContinueDialogAsync(CancellationToken.None), "how much does it cost me?");

        Assert.Equal(["About the topic.", "Your answer?"], Replies.Texts(replies));
        Assert.Equal(["prompt.choice"], conversation.Frames);
        Assert.Equal(0, conversation.Stack.Frames[0].Prompt!.FailedAttempts);
    }

    [Fact]
    public async Task Without_understand_free_phrasing_is_just_no_answer()
    {
        var phrases = new PhraseMatcher([("host", "how much does it cost")]);
        var host = new PromptHost(PromptKind.Choice, Ask(PromptKind.Choice), phrases: phrases);
        await host.StartAsync();

        Assert.Equal(["[retry.choice]\n\nYour answer?"], await host.ReplyAsync("how much does it cost"));
    }

    [Fact]
    public async Task A_prompt_needs_options()
    {
        var conversation = new Conversation(TestEnvironment.Prompts(), TestEnvironment.Create());

        var error = await Assert.ThrowsAsync<ArgumentException>(() => conversation.WithContextAsync(dc => dc.BeginDialogAsync("prompt.text", null, CancellationToken.None)));

        Assert.StartsWith("Prompt 'prompt.text' needs PromptOptions.", error.Message);
    }

    private static async Task<string?> HelpKeyAsync(PromptKind kind, PromptOptions options)
    {
        var host = new PromptHost(kind, options);
        await host.StartAsync();
        string? help = null;
        await host.Conversation.RunAsync((turn, stack) =>
        {
            help = host.Conversation.Runner.ActiveHelpKey(turn, stack);
            return Task.FromResult(DialogTurnResult.Waiting);
        });
        return help;
    }
}
