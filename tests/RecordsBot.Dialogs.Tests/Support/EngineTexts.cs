using RecordsBot.Dialogs.Texts;

namespace RecordsBot.Dialogs.Tests.Support;

/// <summary>Strings for tests: every key the engine says (<see cref="EngineTextKeys.Required"/>), with texts that
/// name their key so assertions can tell them apart, plus whatever a test adds.</summary>
public static class EngineTexts
{
    public static Dictionary<string, string> Required()
    {
        var texts = EngineTextKeys.Required().ToDictionary(k => k, k => "[" + k + "]", StringComparer.Ordinal);
        texts[EngineTextKeys.DialogRestarted] = "Updated: let's start {topic} again.";
        texts[EngineTextKeys.DialogChanged] = "Updated: that topic changed.";
        texts[EngineTextKeys.DialogGiveUp] = "Let's leave that for now.";
        texts[EngineTextKeys.ChoiceSmsLine] = "Reply {number} for {label}";
        texts[EngineTextKeys.ConfirmYesLabel] = "Yes";
        texts[EngineTextKeys.ConfirmNoLabel] = "No";
        texts[EngineTextKeys.ConfirmYesWords] = "yes, y, yeah, sure";
        texts[EngineTextKeys.ConfirmNoWords] = "no, n, nope";
        return texts;
    }

    public static Dictionary<string, string> With(IEnumerable<KeyValuePair<string, string>> extra)
    {
        var texts = Required();
        foreach (var (key, value) in extra)
        {
            texts[key] = value;
        }

        return texts;
    }

    public static TextCatalog Catalog(params (string Key, string Text)[] extra) =>
        new(With(extra.Select(e => KeyValuePair.Create(e.Key, e.Text))));
}
