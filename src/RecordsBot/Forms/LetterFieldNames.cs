namespace RecordsBot.Forms;

/// <summary>
/// What a <see cref="LetterRenderException"/> names in its values: <see cref="Field"/> is the answer to change (one of
/// the names below, the letter flow's field ids), <see cref="Characters"/> the characters no font has (space-separated).
/// </summary>
public static class LetterFieldNames
{
    public const string Field = "field";
    public const string Characters = "characters";

    public const string Name = "name";
    public const string Address = "address";
    public const string Contact = "contact";
    public const string Ssn = "ssn";
    public const string RepName = "rep-name";
    public const string RepRelation = "rep-relation";
    public const string RepDocument = "rep-document";
    public const string RepAddress = "rep-address";
    public const string RepContact = "rep-contact";
    public const string ProviderName = "provider-name";
    public const string ProviderAddress = "provider-address";
    public const string ThirdName = "third-name";
    public const string ThirdWhere = "third-where";
    public const string Sent = "sent";
    public const string WhatHappened = "what-happened";

    /// <summary>The texts the person typed in <paramref name="request"/>, by the field they answer.</summary>
    public static IEnumerable<(string Field, string? Text)> Typed(LetterRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        yield return (Name, request.Patient.FullName);
        yield return (Address, request.Patient.Address);
        yield return (Contact, request.Patient.Phone);
        yield return (Contact, request.Patient.Email);
        yield return (Ssn, request.Patient.SsnLastFour);
        if (request.Representative is { } rep)
        {
            yield return (RepName, rep.Name);
            yield return (RepRelation, rep.Relationship);
            yield return (RepDocument, rep.AuthorityDocument);
            yield return (RepAddress, rep.Address);
            yield return (RepContact, rep.Phone);
            yield return (RepContact, rep.Email);
        }

        yield return (ProviderName, request.Provider.Name);
        yield return (ProviderAddress, request.Provider.Address);
        if (request.ThirdParty is { } third)
        {
            yield return (ThirdName, third.Name);
            yield return (ThirdWhere, third.SendTo);
        }

        if (request.Prior is { } prior)
        {
            yield return (WhatHappened, prior.WhatHappened);
        }
    }
}
