namespace RecordsBot.Forms;

/// <summary>Whom the person directs the copy to: a name and where to send it (postal address or e-mail).</summary>
public sealed record ThirdPartyRecipient(string Name, string SendTo);
