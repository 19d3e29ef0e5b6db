namespace RecordsBot.Forms;

/// <summary>A part of the record a person may ask for instead of all of it.</summary>
public enum RecordPart
{
    VisitNotes,
    LabResults,
    ImagingReports,
    Images,
    Billing,
}
