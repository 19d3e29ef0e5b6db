using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using RecordsBot.Dialogs.Prompts;

namespace RecordsBot.Dialogs.Tests.Engine;

/// <summary>A prompt's Args, a copy of the flow values below it, are stored once: left out of the JSON, filled back in on reading.</summary>
public sealed class DialogStackJsonTests
{
    [Fact]
    public void A_prompts_copy_of_its_flows_values_is_stored_once_and_comes_back()
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal) { ["state"] = "OH", ["name"] = "Ana" };
        var stack = new DialogStack
        {
            Frames =
            [
                new DialogInstance { Id = "main", Values = new(StringComparer.Ordinal) { ["topic"] = "letter" } },
                new DialogInstance { Id = "request-form", Values = values },
                Prompt(new Dictionary<string, string>(values, StringComparer.Ordinal)),
            ],
        };

        var json = JsonConvert.SerializeObject(stack);
        var back = JsonConvert.DeserializeObject<DialogStack>(json)!;

        Assert.Empty(((JObject)JObject.Parse(json)["Frames"]![2]!["Prompt"]!["Options"]!["Args"]!).Properties());
        Assert.Equal(values, back.Frames[2].Prompt!.Options.Args);
        Assert.Equal(values, stack.Frames[2].Prompt!.Options.Args); // the live stack keeps its Args
        Assert.Equal(json, JsonConvert.SerializeObject(back)); // and writes the same again (state is not seen as changed)
    }

    [Fact]
    public void Args_that_differ_from_the_frame_below_or_have_none_below_are_stored()
    {
        var own = new Dictionary<string, string>(StringComparer.Ordinal) { ["count"] = "3" };
        var alone = new DialogStack { Frames = [Prompt(own)] };
        var under = new DialogStack
        {
            Frames = [new DialogInstance { Id = "flow", Values = new(StringComparer.Ordinal) { ["count"] = "2" } }, Prompt(own)],
        };

        Assert.Equal(own, JsonConvert.DeserializeObject<DialogStack>(JsonConvert.SerializeObject(alone))!.Frames[0].Prompt!.Options.Args);
        Assert.Equal(own, JsonConvert.DeserializeObject<DialogStack>(JsonConvert.SerializeObject(under))!.Frames[1].Prompt!.Options.Args);
    }

    private static DialogInstance Prompt(Dictionary<string, string> args) => new()
    {
        Id = "prompt.text",
        Prompt = new PromptState { Options = new PromptOptions { TextKey = "ask", Args = args } },
    };
}
