using RecordsBot.Bot;
using RecordsBot.Dialogs.Prompts;
using RecordsBot.Privacy;
using RecordsBot.Providers;
using RecordsBot.Providers.Handlers;

namespace RecordsBot.Tests.Providers;

/// <summary>The providers-* handlers one by one, on the app's real dialogs/ and a real saved list: what each sets,
/// says and which exit it takes.</summary>
public sealed class ProviderHandlerTests : IAsyncLifetime
{
    private static readonly PersonRef Ann = new("webchat", "dl_ann");
    private static readonly PersonRef Sam = new("sms", "+15552013344");

    private readonly HandlerHarness harness = new();

    public Task InitializeAsync() => harness.InitializeAsync();

    public Task DisposeAsync() => harness.DisposeAsync();

    [Fact]
    public async Task The_walk_goes_through_the_groups_in_the_order_of_the_kinds_file_and_then_is_finished()
    {
        var handler = new NextGroupHandler(harness.List, harness.Kinds);
        var (context, sent) = harness.Turn(Ann);
        var visited = new List<(string Group, string? Exit)>();

        string? exit;
        while ((exit = await handler.RunAsync(context, default)) != NextGroupHandler.Finished)
        {
            visited.Add((context.Values[ProviderValues.Group], exit));
        }

        Assert.Equal(harness.Kinds.Groups.Select(g => g.Id), visited.Select(v => v.Group));
        Assert.Equal(["specialists", "therapists", "health-plans"], visited.Where(v => v.Exit is not null).Select(v => v.Exit));
        Assert.Equal(visited.Where(v => v.Exit is not null).Select(v => v.Group), visited.Where(v => v.Exit is not null).Select(v => v.Exit));
        Assert.False(context.Values.ContainsKey(ProviderValues.Group));
        Assert.Empty(sent);
    }

    [Fact]
    public async Task A_group_with_one_kind_sets_the_kind_for_a_yes_or_no_and_one_with_several_takes_its_exit()
    {
        var (context, _) = harness.Turn(Ann, Values((ProviderValues.Group, "primary-care"), (ProviderValues.Name, "left over")));

        var exit = await new NextGroupHandler(harness.List, harness.Kinds).RunAsync(context, default);

        Assert.Equal("specialists", exit);
        Assert.Equal("specialists", context.Values[ProviderValues.Group]);
        Assert.False(context.Values.ContainsKey(ProviderValues.Name), "the last provider's answers are forgotten");

        (context, _) = harness.Turn(Ann, Values((ProviderValues.Group, "specialists")));
        Assert.Null(await new NextGroupHandler(harness.List, harness.Kinds).RunAsync(context, default));
        Assert.Equal("hospital", context.Values[ProviderValues.Kind]);
        Assert.Equal("Hospital", context.Values[ProviderValues.KindLabel]);
        Assert.Equal(harness.Texts.Get("providers.ask.hospitals", "webchat"), context.Values[ProviderValues.Question]);
        Assert.Equal("What's the name of the hospital?", context.Values[ProviderValues.NameQuestion]);
    }

    [Fact]
    public async Task A_group_already_on_the_list_says_who_is_on_it_and_asks_for_any_other()
    {
        await harness.List.AddAsync(Ann, new ProviderDetails("Dr. Lee", "cardiologist", "KY", null), default);
        await harness.List.AddAsync(Ann, new ProviderDetails("Eye **Care**", "other-specialist", "KY", null), default);
        var (context, sent) = harness.Turn(Ann, Values((ProviderValues.Group, "primary-care")));

        var exit = await new NextGroupHandler(harness.List, harness.Kinds).RunAsync(context, default);

        Assert.Equal("specialists", exit);
        Assert.Equal("Already on your list: Dr. Lee, Eye \\*\\*Care\\*\\*.", Assert.Single(sent).Text);
        Assert.Equal("Any other specialist? Pick the kind, or No.", context.Values[ProviderValues.Question]);
        Assert.False(context.Values.ContainsKey(ProviderValues.Kind));
    }

    [Fact]
    public async Task On_SMS_the_questions_are_the_SMS_texts()
    {
        var (context, _) = harness.Turn(Sam);

        await new NextGroupHandler(harness.List, harness.Kinds).RunAsync(context, default);

        Assert.Equal(harness.Texts.Get("providers.ask.primaryCare", "sms"), context.Values[ProviderValues.Question]);
        Assert.NotEqual(harness.Texts.Get("providers.ask.primaryCare", "webchat"), context.Values[ProviderValues.Question]);
    }

    [Theory]
    [InlineData("cardiologist", null, "Cardiologist")]
    [InlineData("none", "none", null)]
    [InlineData("no-such-kind", "none", null)]
    public async Task A_kind_picked_from_a_group_s_choice_sets_its_label_and_none_goes_on(string picked, string? expectedExit, string? label)
    {
        var (context, _) = harness.Turn(Ann, Values((ProviderValues.Kind, picked)));

        var exit = await new KindPickedHandler(harness.Kinds).RunAsync(context, default);

        Assert.Equal(expectedExit, exit);
        Assert.Equal(label, context.Values.GetValueOrDefault(ProviderValues.KindLabel));
    }

    [Fact]
    public async Task After_a_provider_the_walk_asks_for_another_of_the_same_group()
    {
        var (context, _) = harness.Turn(Ann, Values((ProviderValues.Kind, "hospital"), (ProviderValues.Group, "hospitals"), (ProviderValues.Name, "Mercy"), (ProviderValues.State, "OH")));
        Assert.Null(await new MoreHandler(harness.Kinds).RunAsync(context, default));
        Assert.Equal("Any other hospital?", context.Values[ProviderValues.Question]);
        Assert.Equal("hospital", context.Values[ProviderValues.Kind]);
        Assert.False(context.Values.ContainsKey(ProviderValues.Name));
        Assert.False(context.Values.ContainsKey(ProviderValues.State));

        (context, _) = harness.Turn(Ann, Values((ProviderValues.Kind, "medicare"), (ProviderValues.Group, "health-plans")));
        Assert.Equal("health-plans", await new MoreHandler(harness.Kinds).RunAsync(context, default));
        Assert.False(context.Values.ContainsKey(ProviderValues.Kind));
    }

    [Theory]
    [InlineData("skip", true)]
    [InlineData("Skip.", true)]
    [InlineData("I don't know", true)]
    [InlineData("n/a", true)]
    [InlineData("None", true)]
    [InlineData("Dr. No", false)]
    [InlineData("skip the line clinic", false)]
    public async Task Skip_words_leave_a_name_out_and_clear_a_way_to_reach_them(string reply, bool skipped)
    {
        var (context, _) = harness.Turn(Ann, Values((ProviderValues.Name, reply), (ProviderValues.Contact, reply)));

        Assert.Equal(skipped ? "skip" : null, await new CheckNameHandler().RunAsync(context, default));
        await new CheckContactHandler().RunAsync(context, default);
        Assert.Equal(!skipped, context.Values.ContainsKey(ProviderValues.Contact));
    }

    [Fact]
    public async Task The_state_given_last_is_offered_with_the_group_s_own_question()
    {
        var handler = new LastStateHandler(harness.List, harness.Kinds);
        var (context, _) = harness.Turn(Ann, Values((ProviderValues.Kind, "hospital"), (ProviderValues.Name, "Mercy*")));
        Assert.Equal("none", await handler.RunAsync(context, default));
        Assert.Equal("Which state is Mercy* in?", context.Values[ProviderValues.StateQuestion]);

        await harness.List.AddAsync(Ann, new ProviderDetails("Dr. Ruiz", "primary-care", "OH", null), default);
        await harness.List.AddAsync(Ann, new ProviderDetails("No state", "lab", null, null), default);
        (context, _) = harness.Turn(Ann, Values((ProviderValues.Kind, "hospital"), (ProviderValues.Name, "Mercy")));
        Assert.Null(await handler.RunAsync(context, default));
        Assert.Equal("OH", context.Values[ProviderValues.LastState]);
        Assert.Equal("Is Mercy in Ohio too?", context.Values[ProviderValues.SameStateQuestion]);

        (context, _) = harness.Turn(Ann, Values((ProviderValues.Kind, "medicare"), (ProviderValues.Name, "Medicare")));
        Assert.Null(await handler.RunAsync(context, default));
        Assert.Equal("Do you live in Ohio?", context.Values[ProviderValues.SameStateQuestion]);
        Assert.StartsWith("Which state do you live in? For Medicare", context.Values[ProviderValues.StateQuestion], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Yes_to_the_state_offered_keeps_it_and_anything_else_asks()
    {
        var (context, _) = harness.Turn(Ann, Values((ProviderValues.Same, ConfirmPrompt.Yes), (ProviderValues.LastState, "OH")));
        Assert.Null(await new SameStateHandler().RunAsync(context, default));
        Assert.Equal("OH", context.Values[ProviderValues.State]);

        (context, _) = harness.Turn(Ann, Values((ProviderValues.Same, ConfirmPrompt.No), (ProviderValues.LastState, "OH"), (ProviderValues.State, "OH")));
        Assert.Equal("ask", await new SameStateHandler().RunAsync(context, default));
        Assert.False(context.Values.ContainsKey(ProviderValues.State));
    }

    [Fact]
    public async Task Saving_adds_to_the_person_s_list_and_says_a_missing_state_plainly()
    {
        var (context, _) = harness.Turn(Ann, Values((ProviderValues.Name, "Dr. Ruiz"), (ProviderValues.Kind, "primary-care"), (ProviderValues.Contact, "555-201-3344")));

        Assert.Null(await new SaveHandler(harness.List, harness.Kinds).RunAsync(context, default));

        var saved = Assert.Single(await harness.List.ListAsync(Ann, default));
        Assert.Equal(new ProviderDetails("Dr. Ruiz", "primary-care", null, "555-201-3344"), saved.Details);
        Assert.Equal("state not given", context.Values[ProviderValues.StateName]);
        Assert.Equal("Primary care doctor", context.Values[ProviderValues.KindLabel]);
        Assert.Empty(await harness.List.ListAsync(Sam, default));
    }

    [Theory]
    [InlineData("heart doctor", "cardiologist")]
    [InlineData("my pharmacy", "pharmacy")]
    [InlineData("Pharmcy", "pharmacy")]
    [InlineData("ER", "hospital")]
    [InlineData("optometrist", "other-specialist")]
    [InlineData("original medicare", "medicare")]
    public async Task A_kind_in_the_person_s_own_words_is_found(string words, string kind)
    {
        var (context, _) = harness.Turn(Ann, Values((ProviderValues.KindText, words)));

        Assert.Null(await new MatchKindHandler(harness.Kinds).RunAsync(context, default));

        Assert.Equal(kind, context.Values[ProviderValues.Kind]);
        Assert.Equal(harness.Kinds.GroupOf(harness.Kinds.Kind(kind)!).Id, context.Values[ProviderValues.Group]);
    }

    [Theory]
    [InlineData("a wizard", "unknown")]
    [InlineData("2", "unknown")]
    [InlineData("therapist", "unknown")]
    [InlineData("skip", "skip")]
    [InlineData("never mind that", "unknown")]
    public async Task Words_that_name_no_single_kind_are_asked_again_with_every_kind(string words, string exit)
    {
        var (context, _) = harness.Turn(Ann, Values((ProviderValues.KindText, words)));

        Assert.Equal(exit, await new MatchKindHandler(harness.Kinds).RunAsync(context, default));

        Assert.False(context.Values.ContainsKey(ProviderValues.Kind));
        if (exit == "unknown")
        {
            Assert.StartsWith("Primary care doctor, Cardiologist, ", context.Values[ProviderValues.KindList], StringComparison.Ordinal);
            Assert.EndsWith(", Medicare", context.Values[ProviderValues.KindList], StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Picking_by_number_reads_the_entry_and_a_number_no_longer_on_the_list_is_gone()
    {
        await harness.List.AddAsync(Ann, new ProviderDetails("Dr. Ruiz", "primary-care", "OH", null), default);
        var cvs = await harness.List.AddAsync(Ann, new ProviderDetails("CVS", "pharmacy", null, "cvs.com"), default);
        var handler = new PickHandler(harness.List, harness.Kinds);

        var (context, _) = harness.Turn(Ann, Values((ProviderValues.Number, "2"), (ProviderValues.State, "stale")));
        Assert.Null(await handler.RunAsync(context, default));
        Assert.Equal(cvs.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), context.Values[ProviderValues.Entry]);
        Assert.Equal("CVS", context.Values[ProviderValues.Name]);
        Assert.Equal("Pharmacy", context.Values[ProviderValues.KindLabel]);
        Assert.Equal("cvs.com", context.Values[ProviderValues.Contact]);
        Assert.False(context.Values.ContainsKey(ProviderValues.State));

        foreach (var number in new[] { "3", "0", "1.5" })
        {
            (context, _) = harness.Turn(Ann, Values((ProviderValues.Number, number)));
            Assert.Equal("gone", await handler.RunAsync(context, default));
        }

        (context, _) = harness.Turn(Sam, Values((ProviderValues.Number, "1")));
        Assert.Equal("gone", await handler.RunAsync(context, default));
    }

    [Fact]
    public async Task Changing_and_removing_an_entry_that_is_gone_takes_exit_gone()
    {
        var entry = await harness.List.AddAsync(Ann, new ProviderDetails("Dr. Ruiz", "primary-care", "OH", null), default);
        var id = entry.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var (context, _) = harness.Turn(Ann, Values((ProviderValues.Entry, id), (ProviderValues.Name, "Dr. Ana Ruiz"), (ProviderValues.Kind, "primary-care"), (ProviderValues.State, "KY")));
        Assert.Null(await new UpdateHandler(harness.List, harness.Kinds).RunAsync(context, default));
        Assert.Equal("Kentucky", context.Values[ProviderValues.StateName]);
        Assert.Equal("Dr. Ana Ruiz", (await harness.List.FindAsync(Ann, entry.Id, default))?.Name);

        (context, _) = harness.Turn(Sam, Values((ProviderValues.Entry, id), (ProviderValues.Name, "Mine"), (ProviderValues.Kind, "lab")));
        Assert.Equal("gone", await new UpdateHandler(harness.List, harness.Kinds).RunAsync(context, default));
        Assert.Equal("gone", await new RemoveHandler(harness.List).RunAsync(context, default));

        (context, _) = harness.Turn(Ann, Values((ProviderValues.Entry, id)));
        Assert.Null(await new RemoveHandler(harness.List).RunAsync(context, default));
        Assert.Equal("gone", await new RemoveHandler(harness.List).RunAsync(context, default));
        Assert.Equal("gone", await new UpdateHandler(harness.List, harness.Kinds).RunAsync(context, default));
    }

    [Fact]
    public async Task Each_tip_is_said_once_in_a_walk_with_its_source_one_passage_per_message()
    {
        var tip = new TipHandler(harness.Kinds, harness.Knowledge);
        var (context, sent) = harness.Turn(Ann, Values((ProviderValues.Kind, "hospital")));

        await tip.RunAsync(context, default);
        var first = sent.Count;
        await tip.RunAsync(context, default);

        var hospital = harness.Knowledge.Tagged("providers.hospital");
        Assert.Equal(hospital.Count, first);
        Assert.Equal(first, sent.Count);
        Assert.All(sent.Zip(hospital), p => Assert.Equal($"{p.Second.Text}\n\n_Source: {p.Second.Citation}_", p.First.Text));

        // Imaging shares a passage with hospitals: only the one not said yet.
        context.Values[ProviderValues.Kind] = "imaging-center";
        await tip.RunAsync(context, default);
        Assert.Equal(harness.Knowledge.Tagged("providers.imaging").Count(p => !hospital.Contains(p)), sent.Count - first);
    }

    [Fact]
    public async Task The_end_of_the_walk_points_to_portals_and_to_Medicare_s_own_tools_only_for_someone_with_Medicare()
    {
        var endTips = new EndTipsHandler(harness.List, harness.Kinds, harness.Knowledge);
        var (context, sent) = harness.Turn(Ann);
        await endTips.RunAsync(context, default);
        Assert.Empty(sent);

        await harness.List.AddAsync(Ann, new ProviderDetails("CVS", "pharmacy", "OH", null), default);
        (context, sent) = harness.Turn(Ann);
        await endTips.RunAsync(context, default);
        Assert.Equal(harness.Kinds.Finish.Select(id => harness.Knowledge.Find(id)!.Text), sent.Select(a => a.Text.Split("\n\n")[0]));

        await harness.List.AddAsync(Ann, new ProviderDetails("Medicare", "medicare", "OH", null), default);
        (context, sent) = harness.Turn(Ann);
        await endTips.RunAsync(context, default);
        Assert.Contains(sent, a => a.Text.Contains("Blue Button 2.0", StringComparison.Ordinal));
        Assert.Equal(harness.Kinds.Finish.Count + harness.Knowledge.Tagged("providers.medicare").Count, sent.Count);
    }

    [Fact]
    public async Task The_list_is_a_markdown_list_on_Web_Chat_and_short_plain_messages_on_SMS()
    {
        for (var i = 1; i <= 12; i++)
        {
            await harness.List.AddAsync(Ann, new ProviderDetails($"Practice number {i} of *Springfield*", "hospital", "OH", $"Records office, 100{i} Main Street, Springfield, OH 45501, fax (555) 201-33{i:D2}"), default);
            await harness.List.AddAsync(Sam, new ProviderDetails($"Practice number {i} of *Springfield*", "hospital", "OH", $"Records office, 100{i} Main Street, Springfield, OH 45501, fax (555) 201-33{i:D2}"), default);
        }

        var (web, webSent) = harness.Turn(Ann);
        Assert.Null(await new ShowListHandler(harness.List, harness.Kinds).RunAsync(web, default));
        var text = Assert.Single(webSent).Text;
        Assert.StartsWith("Here's your list:\n\n1. **Practice number 1 of \\*Springfield\\***: Hospital, Ohio. Reach them: Records office, 1001 Main Street", text, StringComparison.Ordinal);
        Assert.Contains("\n12. **Practice number 12 of \\*Springfield\\***", text, StringComparison.Ordinal);
        Assert.Equal("12", web.Values[ProviderValues.Count]);

        var (sms, smsSent) = harness.Turn(Sam);
        Assert.Null(await new ShowListHandler(harness.List, harness.Kinds).RunAsync(sms, default));
        Assert.True(smsSent.Count > 1, "a long list is split into several texts");
        Assert.All(smsSent, a => Assert.True(a.Text.Length <= 306, $"{a.Text.Length} characters"));
        Assert.All(smsSent, a => Assert.DoesNotContain("**", a.Text, StringComparison.Ordinal));
        Assert.All(smsSent.Skip(1), a => Assert.Matches(@"^\d+\. Practice number", a.Text));
        Assert.Contains("1. Practice number 1 of *Springfield*: Hospital, OH. Records office", smsSent[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_list_says_nothing_and_takes_exit_empty()
    {
        var (context, sent) = harness.Turn(Ann);

        Assert.Equal("empty", await new ShowListHandler(harness.List, harness.Kinds).RunAsync(context, default));
        Assert.Empty(sent);
        Assert.Equal("0", context.Values[ProviderValues.Count]);
    }

    [Theory]
    [InlineData("1", true)]
    [InlineData("3", true)]
    [InlineData("4", false)]
    [InlineData("0", false)]
    [InlineData("-1", false)]
    [InlineData("2.5", false)]
    public async Task A_number_must_be_a_place_on_the_list(string number, bool fits)
    {
        var (context, _) = harness.Turn(Ann);
        var options = new PromptOptions { Args = Values((ProviderValues.Count, "3")) };

        var error = await new ListNumberValidator().ValidateAsync(context.Dialog, options, number, default);

        Assert.Equal(fits ? null : TextKeys.ProvidersPickRange, error);
    }

    private static Dictionary<string, string> Values(params (string Name, string Value)[] values) =>
        values.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal);
}
