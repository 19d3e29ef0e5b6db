namespace RecordsBot.Forms;

/// <summary>Which letter RecordsBot writes.</summary>
public enum LetterKind
{
    /// <summary>The access request to a provider under 45 CFR 164.524.</summary>
    Request,

    /// <summary>A follow-up on a request that is overdue: asks for the records or a written extension notice.</summary>
    FollowUp,

    /// <summary>A draft complaint to HHS's Office for Civil Rights about a provider.</summary>
    Complaint,
}
