namespace RecordsBot.Forms;

/// <summary>The texts the forms code says by key; all required at start.</summary>
public static class FormsTextKeys
{
    public static IReadOnlyList<string> Required { get; } = [];
}
