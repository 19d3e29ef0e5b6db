using RecordsBot.Dialogs.Recognition;

namespace RecordsBot.Dialogs.Prompts;

/// <summary>What a prompt asks and accepts. Persisted with the prompt's frame, so texts are string keys.</summary>
public sealed class PromptOptions
{
    /// <summary>The question.</summary>
    public string TextKey { get; set; } = string.Empty;

    /// <summary>Said to a reply the prompt cannot use; default <c>retry.{kind}</c>.</summary>
    public string? RetryKey { get; set; }

    /// <summary>What the prompt expects, for help; default <c>help.{kind}</c>.</summary>
    public string? HelpKey { get; set; }

    /// <summary>Values for {placeholders} in the texts.</summary>
    public Dictionary<string, string> Args { get; set; } = new(StringComparer.Ordinal);

    public List<ChoiceDefinition> Choices { get; set; } = [];

    public decimal? Min { get; set; }

    public decimal? Max { get; set; }

    public DateRange Range { get; set; }

    /// <summary>Longest text answer accepted (text prompts).</summary>
    public int MaxLength { get; set; } = 200;

    /// <summary>Replies the prompt may fail to use before it gives up.</summary>
    public int MaxAttempts { get; set; } = 3;

    /// <summary>A named <see cref="IPromptValidator"/> that checks a recognized answer further.</summary>
    public string? Validator { get; set; }

    /// <summary>When a reply is no answer, try free phrasing (dialogs/phrases) and open the topic it names.</summary>
    public bool Understand { get; set; }
}
