namespace RecordsBot.Forms;

/// <summary>How the copy reaches its recipient.</summary>
public enum CopyDelivery
{
    Mail,
    PickUp,
    Email,

    /// <summary>Sent directly to someone the person names (a third-party directive under 45 CFR 164.524(c)(3)(ii)).</summary>
    ThirdParty,
}
