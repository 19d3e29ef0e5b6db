using System.Text;
using RecordsBot.Dialogs.Tests.Support;
using RecordsBot.Dialogs.Texts;

namespace RecordsBot.Dialogs.Tests.Texts;

public sealed class TextCatalogTests : IDisposable
{
    private static readonly TextCatalog Texts = new(new Dictionary<string, string>
    {
        ["hello"] = "Hello {name}, you have {count} requests.",
        ["hello.sms"] = "Hi {name}.",
        ["plain"] = "Plain {unknown} and {name}.",
        ["words"] = " yes ,y,, sure thing ,",
        ["words.sms"] = "yes, y",
    });

    private readonly TempDialogs dialogs = new();

    public void Dispose() => dialogs.Dispose();

    [Theory]
    [InlineData("sms", "Hi Ada.")]
    [InlineData("webchat", "Hello Ada, you have 2 requests.")]
    [InlineData("msteams", "Hello Ada, you have 2 requests.")]
    [InlineData("smsx", "Hello Ada, you have 2 requests.")]
    [InlineData(null, "Hello Ada, you have 2 requests.")]
    public void The_sms_variant_is_picked_only_on_sms(string? channel, string expected) =>
        Assert.Equal(expected, Texts.Get("hello", channel, new Dictionary<string, string> { ["name"] = "Ada", ["count"] = "2" }));

    [Fact]
    public void A_key_without_sms_variant_is_the_same_on_sms() =>
        Assert.Equal("Plain {unknown} and Ada.", Texts.Get("plain", "sms", new Dictionary<string, string> { ["name"] = "Ada" }));

    [Fact]
    public void Unknown_placeholders_and_texts_without_values_are_left_as_is()
    {
        Assert.Equal("Hello {name}, you have {count} requests.", Texts.Get("hello", "webchat"));
        Assert.Equal("Hello {name}, you have 3 requests.", Texts.Get("hello", "webchat", new Dictionary<string, string> { ["count"] = "3" }));
        Assert.Equal("a {b c} {} {unclosed", TextCatalog.Fill("a {b c} {} {unclosed", new Dictionary<string, string> { ["x"] = "y" }));
        Assert.Equal("{x}", TextCatalog.Fill("{name}", new Dictionary<string, string> { ["name"] = "{x}" }));
        Assert.Equal("a {b Ada", TextCatalog.Fill("a {b {name}", new Dictionary<string, string> { ["name"] = "Ada" }));
    }

    [Fact]
    public void What_people_typed_keeps_its_markdown_from_working_and_reads_as_typed_once_made_plain()
    {
        var typed = new Dictionary<string, string> { ["name"] = "**Bob** [x](javascript:alert(1)) <b>`hi`</b> a_b\\c" };

        var text = Texts.Get("hello", "webchat", typed);

        Assert.Equal("Hello \\*\\*Bob\\*\\* \\[x\\](javascript:alert(1)) \\<b\\>\\`hi\\`\\</b\\> a_b\\\\c, you have {count} requests.", text);
        Assert.Equal("Hello **Bob** [x](javascript:alert(1)) <b>`hi`</b> a_b\\c, you have {count} requests.", RecordsBot.Dialogs.Rendering.PlainText.FromMarkdown(text));
    }

    [Fact]
    public void A_placeholder_may_show_a_stored_date_or_time_as_people_read_it()
    {
        var values = new Dictionary<string, string> { ["on"] = "2026-11-17", ["at"] = "17:30", ["odd"] = "soon" };

        Assert.Equal("Sent November 17, 2026 at 5:30 PM; soon; {at:colour}.", TextCatalog.Fill("Sent {on:date} at {at:time}; {odd:date}; {at:colour}.", values));
    }

    [Fact]
    public void An_unknown_key_is_a_clear_error()
    {
        var error = Assert.Throws<KeyNotFoundException>(() => Texts.Get("nope", "webchat"));

        Assert.Equal("strings.en-US.json: no string 'nope'.", error.Message);
    }

    [Fact]
    public void Get_list_splits_on_commas_trims_and_drops_empty_items()
    {
        Assert.Equal(["yes", "y", "sure thing"], Texts.GetList("words", "webchat"));
        Assert.Equal(["yes", "y"], Texts.GetList("words", "sms"));
    }

    [Fact]
    public void Load_reads_the_main_file_and_topic_files_with_their_lines_and_skips_dollar_keys()
    {
        dialogs.Write("strings.en-US.json", "{", "  \"$comment\": \"about\",", "  // a comment", "  \"a\": \"A\",", "  \"b\": \"B\",", "}");
        dialogs.Write("fees.strings.en-US.json", "{", "  \"fees.x\": \"X\"", "}");
        var errors = new List<string>();

        var texts = TextCatalog.Load(dialogs.Folder, errors);

        Assert.Empty(errors);
        Assert.Equal(["a", "b", "fees.x"], texts.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(4, texts.LineOf("a"));
        Assert.Equal(2, texts.LineOf("fees.x"));
        Assert.Equal(0, texts.LineOf("missing"));
        Assert.Equal(dialogs.PathOf("strings.en-US.json"), texts.Path);
    }

    [Fact]
    public void Load_accepts_a_file_saved_with_a_byte_order_mark()
    {
        File.WriteAllText(dialogs.PathOf("strings.en-US.json"), "{\n  \"a\": \"A\"\n}\n", new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        var errors = new List<string>();

        var texts = TextCatalog.Load(dialogs.Folder, errors);

        Assert.Empty(errors);
        Assert.Equal("A", texts.Get("a", null));
        Assert.Equal(2, texts.LineOf("a"));
    }

    [Fact]
    public void A_key_twice_in_one_file()
    {
        dialogs.Write("strings.en-US.json", "{", "  \"a\": \"A\",", "  \"b\": \"B\",", "  \"a\": \"again\"", "}");

        Assert.Equal([$"{Main}:4: 'a' is already defined at {Main}:2."], Load());
    }

    [Fact]
    public void A_key_in_the_main_file_and_a_topic_file()
    {
        dialogs.Write("strings.en-US.json", "{", "  \"a\": \"A\",", "  \"x.one\": \"One\"", "}");
        var topic = dialogs.Write("x.strings.en-US.json", "{", "  \"x.two\": \"Two\",", "  \"x.one\": \"Uno\"", "}");

        Assert.Equal([$"{topic}:3: 'x.one' is already defined at {Main}:3."], Load());
    }

    [Theory]
    [InlineData("42")]
    [InlineData("null")]
    [InlineData("[\"a\", \"b\"]")]
    [InlineData("{ \"nested\": \"x\" }")]
    [InlineData("\"  \"")]
    public void A_value_that_is_not_a_non_empty_string(string value)
    {
        dialogs.Write("strings.en-US.json", "{", "  \"a\": \"A\",", $"  \"b\": {value},", "  \"c\": \"C\"", "}");
        var errors = new List<string>();

        var texts = TextCatalog.Load(dialogs.Folder, errors);

        Assert.Equal([$"{Main}:3: 'b' must be a non-empty string."], errors);
        Assert.True(texts.Has("c"));
    }

    [Fact]
    public void Broken_json()
    {
        dialogs.Write("strings.en-US.json", "{", "  \"a\": \"A\"", "  \"b\": \"B\"", "}");

        var problem = Assert.Single(Load());

        Assert.StartsWith($"{Main}:3: ", problem);
    }

    [Theory]
    [InlineData("x")]
    [InlineData("}")]
    [InlineData("{ \"b\": \"B\" }")]
    public void Text_after_the_closing_brace(string after)
    {
        dialogs.Write("strings.en-US.json", "{", "  \"a\": \"A\"", "}", after);

        Assert.Equal([$"{Main}:4: '{after[0]}' is invalid after a single JSON value. Expected end of data."], Load());
    }

    [Fact]
    public void Comments_and_blank_lines_after_the_closing_brace_are_fine()
    {
        dialogs.Write("strings.en-US.json", "{", "  \"a\": \"A\"", "}", "", "// the end", "/* really */", "");

        Assert.Empty(Load());
    }

    [Fact]
    public void Broken_json_is_reported_without_the_readers_own_position()
    {
        dialogs.Write("strings.en-US.json", "{", "  \"a\": \"A\"", "  \"b\": \"B\"", "}");

        Assert.Equal([$"{Main}:3: '\"' is invalid after a value. Expected either ',', '}}', or ']'."], Load());
    }

    [Fact]
    public void Not_an_object()
    {
        dialogs.Write("strings.en-US.json", "[\"a\"]");

        Assert.Equal([$"{Main}:1: the file must be one JSON object of \"key\": \"text\" pairs."], Load());
    }

    [Fact]
    public void A_missing_main_file()
    {
        Assert.Equal([$"{Main}: file not found."], Load());
    }

    private string Main => dialogs.PathOf("strings.en-US.json");

    private List<string> Load()
    {
        var errors = new List<string>();
        TextCatalog.Load(dialogs.Folder, errors);
        return errors;
    }
}
