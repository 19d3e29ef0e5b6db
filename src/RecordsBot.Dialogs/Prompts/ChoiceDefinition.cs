namespace RecordsBot.Dialogs.Prompts;

/// <summary>One option of a choice prompt as a flow defines it: the value stored, the label's string key, and
/// optionally the key of a comma-separated list of other words for it.</summary>
public sealed class ChoiceDefinition
{
    public string Value { get; set; } = string.Empty;

    public string LabelKey { get; set; } = string.Empty;

    public string? SynonymsKey { get; set; }
}
