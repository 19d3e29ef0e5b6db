namespace RecordsBot.Forms.Flow;

/// <summary>The passages of dialogs/knowledge/ the letter flow says, by id, with their sources.</summary>
public static class LetterPassages
{
    /// <summary>Said before the person accepts regular e-mail.</summary>
    public static IReadOnlyList<string> UnencryptedEmail { get; } = ["format-unencrypted-email"];

    /// <summary>The limits of a directive to send the copy to someone else.</summary>
    public static IReadOnlyList<string> ThirdParty { get; } = ["third-party-how", "third-party-after-ciox", "third-party-fees"];

    /// <summary>Who may ask for someone else's records.</summary>
    public static IReadOnlyList<string> Representatives { get; } = ["reps-who", "reps-treated-as-you"];

    public static IReadOnlyList<string> All { get; } = [.. UnencryptedEmail, .. ThirdParty, .. Representatives];
}
