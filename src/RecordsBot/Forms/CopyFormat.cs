namespace RecordsBot.Forms;

/// <summary>The form and format of the copy asked for.</summary>
public enum CopyFormat
{
    /// <summary>Electronic copy as PDF files.</summary>
    ElectronicPdf,

    /// <summary>Electronic copy through the provider's patient portal.</summary>
    Portal,

    /// <summary>Electronic copy by e-mail (with the person's acknowledgment if it is unencrypted).</summary>
    Email,

    Paper,

    /// <summary>Electronic copy on a CD or USB drive (imaging, usually).</summary>
    CdOrUsb,
}
