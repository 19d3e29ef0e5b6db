using RecordsBot.Forms;

namespace RecordsBot.Bench.Pdf;

/// <summary>
/// Varied letters, deterministically: requests (60%), follow-ups (25%) and complaints (15%) to providers in several
/// states (each cites its own state's deadlines), patients with accented names, some asked by a representative, some
/// sent to a third party, some for all records, some for a long list of parts and dates, every format and delivery.
/// </summary>
public sealed class LetterMix
{
    private static readonly string[] Names =
    [
        "Siobhán O'Brien-Núñez", "José Ángel Muñoz", "Zoë Łukasiewicz", "François-Xavier Dubois", "Nguyễn Thị Minh Khai", "Björn Åkesson",
        "Mary-Kate O'Connor", "Renée Zellweger-Smith", "Dmitrij Čapek", "Aisha Al-Fulan", "Chloé Baptiste", "Günther Schäfer",
    ];

    private static readonly (string Street, string City, string State, string Zip)[] Places =
    [
        ("1428 Elm Street, Apt 3B", "Austin", "TX", "78701"), ("77 Massachusetts Avenue", "Cambridge", "MA", "02139"),
        ("500 Pine Street, Suite 1200", "Seattle", "WA", "98101"), ("2100 Ocean Drive", "Miami Beach", "FL", "33139"),
        ("88 Colfax Avenue", "Denver", "CO", "80202"), ("1 Infinite Loop", "Cupertino", "CA", "95014"),
        ("350 Fifth Avenue, Floor 34", "New York", "NY", "10118"), ("233 S Wacker Drive", "Chicago", "IL", "60606"),
        ("1600 Pennsylvania Avenue NW", "Washington", "DC", "20500"), ("45 Kalākaua Avenue", "Honolulu", "HI", "96815"),
        ("12 Peachtree Street NE", "Atlanta", "GA", "30303"), ("900 Main Street", "Columbus", "OH", "43215"),
    ];

    private static readonly string[] Providers =
    [
        "Hill Country Family Medicine", "Mercy Hospital", "St. Joseph's Medical Center", "Quest Diagnostics Laboratory", "Valley Imaging Center",
        "Dr. Zoë Álvarez, MD", "Northside Pediatrics Clinic", "Bright Smile Dental", "Riverside Behavioral Health", "Núñez Cardiology Associates",
    ];

    private readonly Random random = new(25112026);

    public static readonly DateOnly Today = new(2026, 11, 25);

    public LetterRequest Next()
    {
        var kind = random.Pick((LetterKind.Request, 0.60), (LetterKind.FollowUp, 0.25), (LetterKind.Complaint, 0.15));
        var home = Places[random.Next(Places.Length)];
        var office = Places[random.Next(Places.Length)];
        var name = Names[random.Next(Names.Length)];
        var patient = new LetterPatient(
            name,
            new DateOnly(1940, 1, 1).AddDays(random.Next(0, 30000)),
            $"{home.Street}\n{home.City}, {home.State} {home.Zip}",
            random.NextDouble() < 0.8 ? $"({random.Next(201, 990)}) 555-{random.Next(0, 10000):D4}" : null,
            random.NextDouble() < 0.7 ? "patient" + random.Next(1000) + "@example.org" : null,
            random.NextDouble() < 0.5 ? random.Next(0, 10000).ToString("D4", System.Globalization.CultureInfo.InvariantCulture) : null);
        var provider = new LetterProvider(
            Providers[random.Next(Providers.Length)],
            $"{office.Street}\nAttn: Health Information Management\n{office.City}, {office.State} {office.Zip}",
            office.State == "DC" ? null : office.State,
            random.NextDouble() < 0.5 ? random.Next(1, 20) : null);

        // Some want everything; many a list of parts, often with dates; a few every part over a long span (the longest lists).
        var parts = Enum.GetValues<RecordPart>();
        var records = random.NextDouble() switch
        {
            < 0.35 => new RecordsWanted([], null, null),
            < 0.75 => new RecordsWanted(parts.OrderBy(_ => random.Next()).Take(random.Next(1, parts.Length)).ToList(), Today.AddYears(-random.Next(1, 6)), random.NextDouble() < 0.5 ? Today : null),
            _ => new RecordsWanted(parts, new DateOnly(1995, 1, 1), Today),
        };
        var format = random.Pick((CopyFormat.ElectronicPdf, 0.35), (CopyFormat.Portal, 0.2), (CopyFormat.Email, 0.15), (CopyFormat.Paper, 0.2), (CopyFormat.CdOrUsb, 0.1));
        var delivery = format switch
        {
            CopyFormat.Email => CopyDelivery.Email,
            CopyFormat.Paper or CopyFormat.CdOrUsb => random.Pick((CopyDelivery.Mail, 0.6), (CopyDelivery.PickUp, 0.3), (CopyDelivery.ThirdParty, 0.1)),
            _ => random.Pick((CopyDelivery.Email, 0.6), (CopyDelivery.Mail, 0.2), (CopyDelivery.ThirdParty, 0.2)),
        };
        var thirdParty = delivery == CopyDelivery.ThirdParty
            ? new ThirdPartyRecipient("Dr. Amélie Laurent, Ørsted Second Opinion Clinic", random.NextDouble() < 0.5 ? "records@orsted-clinic.example.org" : "14 Rue de la Paix\nBoston, MA 02108")
            : null;
        var representative = random.NextDouble() < 0.2
            ? new LetterRepresentative("Ramón Núñez-García", random.Pick(("parent", 0.4), ("legal guardian", 0.2), ("agent under a health care power of attorney", 0.3), ("executor", 0.1)), "Durable power of attorney for health care, signed March 3, 2021",
                random.NextDouble() < 0.5 ? "19 Avenida del Sol\nSanta Fe, NM 87501" : null, random.NextDouble() < 0.5 ? "(505) 555-0199" : null, null)
            : null;
        var sent = Today.AddDays(-random.Next(35, 160));
        var received = random.NextDouble() < 0.6 ? sent.AddDays(random.Next(1, 6)) : (DateOnly?)null;
        var extended = kind != LetterKind.Request && random.NextDouble() < 0.25;
        var due = (received ?? sent).AddDays(extended ? 60 : 30);
        var prior = kind switch
        {
            LetterKind.FollowUp => new PriorRequest(sent, received, due, extended, null),
            LetterKind.Complaint => new PriorRequest(sent, received, due, extended, random.Pick<string?>(
                (null, 0.2),
                ("I called twice and was told to wait.", 0.4),
                ("I called the records office on three occasions (in October and November); each time I was told my request was \"in the queue\" and that I should not expect the copy before the new year. Nobody would give me a date in writing, and the portal still shows the request as received but not started. Je n'ai reçu aucune réponse écrite.", 0.4))),
            _ => null,
        };
        if (format == CopyFormat.Email || delivery == CopyDelivery.Email)
        {
            // The flow asks for an address when the copy goes by e-mail.
            patient = patient with { Email = patient.Email ?? "patient@example.org" };
            representative = representative is null ? null : representative with { Email = "ramon.nunez@example.org" };
        }

        return new LetterRequest(kind, Today, patient, provider, records, format, delivery, thirdParty, representative,
            format == CopyFormat.Email || delivery == CopyDelivery.Email, prior);
    }
}
