namespace RecordsBot.Tracking;

/// <summary>How the request was sent.</summary>
public enum RequestMethod
{
    Portal,
    Email,
    Fax,
    Mail,
    InPerson,
    Phone,
}
