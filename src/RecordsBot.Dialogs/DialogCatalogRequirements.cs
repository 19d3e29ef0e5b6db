namespace RecordsBot.Dialogs;

/// <summary>What the host needs from the dialogs folder, checked at load: its handlers and validators (names the
/// files may use), the flows and string keys its C# uses.</summary>
public sealed record DialogCatalogRequirements(
    IReadOnlyCollection<string> Handlers,
    IReadOnlyCollection<string> Validators,
    IReadOnlyCollection<string> Flows,
    IReadOnlyCollection<string> TextKeys);
