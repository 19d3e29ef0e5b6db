namespace RecordsBot.Dialogs.Prompts;

/// <summary>The names prompt kinds have in dialog files and string keys, and the ids of their prompt dialogs.</summary>
public static class PromptKinds
{
    public static string Name(PromptKind kind) => kind.ToString().ToLowerInvariant();

    public static string DialogId(PromptKind kind) => "prompt." + Name(kind);

    public static bool TryParse(string name, out PromptKind kind)
    {
        foreach (var candidate in Enum.GetValues<PromptKind>())
        {
            if (Name(candidate) == name)
            {
                kind = candidate;
                return true;
            }
        }

        kind = default;
        return false;
    }
}
