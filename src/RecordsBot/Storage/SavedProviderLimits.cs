namespace RecordsBot.Storage;

/// <summary>The longest texts a <see cref="SavedProvider"/> keeps (the flow's prompts ask for less).</summary>
public static class SavedProviderLimits
{
    public const int Name = 200;
    public const int Kind = 64;
    public const int Contact = 400;
}
