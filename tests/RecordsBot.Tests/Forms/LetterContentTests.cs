using RecordsBot.Forms;
using RecordsBot.Forms.Composition;
using RecordsBot.Forms.Pdf;
using RecordsBot.Guidance;

namespace RecordsBot.Tests.Forms;

/// <summary>Each letter read back from its PDF (pdftotext and PdfPig): every field the person gave, every citation,
/// the deadlines of HIPAA and the provider's state, the page size and count.</summary>
public sealed class LetterContentTests
{
    private static readonly LetterKit Kit = LetterKit.Instance;

    [Fact]
    public void The_access_request_has_every_field_and_citation_on_US_Letter_pages()
    {
        var (document, pdf, text) = Kit.Make(LetterSamples.Request());

        foreach (var expected in new[]
        {
            // Sender, date, recipient.
            "Siobhán O'Brien-Núñez", "1428 Elm Street, Apt 3B", "Austin, TX 78701", "(512) 555-0142", "siobhan.obrien@example.org",
            "November 25, 2026", "Hill Country Family Medicine", "200 Congress Avenue, Suite 410",
            "Attn: Medical Records / Release of Information",

            // The right and the patient's identifiers: date of birth, last four of the SSN.
            "HIPAA right of access (45 CFR 164.524(a)(1))", "Date of birth: March 7, 1984", "Last 4 digits of SSN: 6789",

            // Records, format, e-mail with the acknowledgment of the risk.
            "All records about the patient in your designated record set, including medical and billing records (45 CFR 164.501)",
            "Dates: all dates.", "An electronic copy, as PDF files.", "(45 CFR 164.524(c)(2)(ii))",
            "someone else could read it on the way. I accept that risk", "(78 FR 5566, 5634 (2013))",
            "Please send the copy by email to siobhan.obrien@example.org.",

            // HIPAA's deadline and extension, then Texas's shorter ones with their statutes.
            "no later than 30 calendar days after you receive it (45 CFR 164.524(b)(2))",
            "up to 30 more days, once, only if you tell me in writing within the first 30 days", "(45 CFR 164.524(b)(2)(ii), (iii))",
            "Texas law sets a shorter deadline, which applies on top of HIPAA (45 CFR 160.203(b))",
            "Doctors: copies within 15 business days of the written request (Tex. Occ. Code §159.006(d))",
            "electronic copies within 15 business days of the written request (Tex. Health & Safety Code §181.102)",
            "Hospitals: copies within 15 calendar days of the request and payment (Tex. Health & Safety Code §241.154(a))",

            // Fee estimate and the cost-based fee rule.
            "please tell me the fee, or an estimate of it", "reasonable, cost-based fee", "(45 CFR 164.524(c)(4))", "(HHS right of access FAQ)",

            // Denial, identity, signature and date lines, enclosures.
            "(45 CFR 164.524(d)(2))", "(45 CFR 164.524(d))", "(45 CFR 164.514(h))", "Sincerely,", "Signature of Siobhán O'Brien-Núñez", "Date",
            "Enclosures", "A copy of my photo ID",
        })
        {
            Assert.Contains(expected, text);
        }

        var (pages, pigText) = PdfText.Read(pdf.Pdf);
        Assert.Equal(pdf.PageCount, pages.Count);
        Assert.All(pages, p => Assert.Equal((612d, 792d), (p.Width, p.Height)));
        Assert.Contains($"Page 1 of {pages.Count}", text);
        Assert.Contains("O'Brien-Núñez", pigText);
        Assert.Equal("records-request-2026-11-25.pdf", document.FileName);
        Assert.DoesNotContain("Person making this request", text);
    }

    [Fact]
    public void Never_more_than_the_last_four_digits_of_a_social_security_number()
    {
        var (_, _, text) = Kit.Make(LetterSamples.Request(patient: LetterSamples.Patient with { SsnLastFour = "123-45-6789" }));

        Assert.Contains("Last 4 digits of SSN: 6789", text);
        Assert.DoesNotContain("12345", text.Replace("-", string.Empty, StringComparison.Ordinal));
        Assert.DoesNotContain("Last 4 digits", Kit.Make(LetterSamples.Request(patient: LetterSamples.Patient with { SsnLastFour = null })).Text);
    }

    [Theory]
    [InlineData("CA", "Providers: copies within 15 calendar days of the written request (Cal. Health & Safety Code §123110(b))", "inspection")]
    [InlineData("OH", null, "shorter deadline")]
    [InlineData("IL", null, "shorter deadline")]
    [InlineData("WA", null, "RCW 70.02.080")]
    [InlineData("VT", null, "shorter deadline")]
    [InlineData(null, null, "shorter deadline")]
    public void A_state_deadline_is_cited_only_when_it_is_shorter_than_HIPAA_s_and_confirmed(string? state, string? expected, string absent)
    {
        var (_, _, text) = Kit.Make(LetterSamples.Request(provider: LetterSamples.Provider with { State = state }));

        Assert.Contains("no later than 30 calendar days after you receive it (45 CFR 164.524(b)(2))", text);
        if (expected is not null)
        {
            Assert.Contains(expected, text);
        }

        // California's 5 days are for inspecting in person, not copies; Illinois' 30 days are not shorter; Washington's
        // rule is marked unsure in states.yaml, so a letter does not assert it.
        Assert.DoesNotContain(absent, text);
    }

    [Fact]
    public void The_shorter_state_deadlines_are_exactly_those_of_the_state_rules_table()
    {
        var texas = Kit.Knowledge.RulesFor("TX")!;
        Assert.Equal(texas.Deadlines, Kit.Composer.ShorterStateDeadlines("TX", LetterSamples.Today));
        Assert.Empty(Kit.Composer.ShorterStateDeadlines("US", LetterSamples.Today));
        Assert.Equal(30, FederalRules.Deadline(Kit.Knowledge).Days);
    }

    [Fact]
    public void A_representative_s_request_names_them_their_authority_and_encloses_it()
    {
        var rep = new LetterRepresentative("María José Núñez", "mother and legal guardian", "guardianship court order", "77 Oak Lane\nRound Rock, TX 78664", "(512) 555-0177", null);
        var (_, _, text) = Kit.Make(LetterSamples.Request(representative: rep, delivery: CopyDelivery.Mail, format: CopyFormat.Paper));

        Assert.Contains("Request for a copy of the health records of Siobhán O'Brien-Núñez under the HIPAA right of access (45 CFR 164.524(a)(1))", text);
        Assert.Contains("I am writing as the mother and legal guardian of Siobhán O'Brien-Núñez", text);
        Assert.Contains("(45 CFR 164.502(g)(1); 45 CFR 164.502(g)(2))", text);
        Assert.Contains("Person making this request", text);
        Assert.Contains("Relationship to the patient: mother and legal guardian", text);
        Assert.Contains("Authority document: guardianship court order", text);
        Assert.Contains("A copy of my guardianship court order, showing my authority to act for Siobhán O'Brien-Núñez", text);
        Assert.Contains("verify my identity and my authority (45 CFR 164.514(h))", text);
        Assert.Contains("Please mail the copy to María José Núñez at: 77 Oak Lane, Round Rock, TX 78664", text);
        Assert.Contains("A paper copy. A copy must be given in the form and format I ask for if it is readily producible (45 CFR 164.524(c)(2)(i))", text);
        Assert.Contains("Signature of María José Núñez", text);
        Assert.Contains("Date of birth: March 7, 1984", text);
    }

    [Fact]
    public void A_third_party_directive_names_the_recipient_and_where_with_its_limits_and_no_patient_rate_claim()
    {
        var (_, _, text) = Kit.Make(LetterSamples.Request(
            delivery: CopyDelivery.ThirdParty,
            thirdParty: new ThirdPartyRecipient("Law Office of Dana Wu", "55 Main St, Suite 9, Dallas, TX 75201")));

        Assert.Contains("I direct you to send the copy directly to Law Office of Dana Wu, at: 55 Main St, Suite 9, Dallas, TX 75201", text);
        Assert.Contains("This direction is in writing, signed by me, and names the recipient and where to send the copy (45 CFR 164.524(c)(3)(ii))", text);
        Assert.Contains("covers an electronic copy of the records you keep in an electronic health record (Ciox Health, LLC v. Azar, 435 F. Supp. 3d 30 (D.D.C. 2020))", text);
        Assert.Contains("please tell me the fee, or an estimate of it", text);
        Assert.DoesNotContain("cost-based", text);
    }

    [Fact]
    public void Parts_and_dates_are_listed_and_each_format_and_delivery_says_its_own_words()
    {
        var (_, _, text) = Kit.Make(LetterSamples.Request(
            records: new RecordsWanted([RecordPart.VisitNotes, RecordPart.LabResults, RecordPart.ImagingReports, RecordPart.Images, RecordPart.Billing], new DateOnly(2023, 2, 1), new DateOnly(2024, 6, 30)),
            format: CopyFormat.CdOrUsb,
            delivery: CopyDelivery.PickUp));

        Assert.Contains("These parts of the record: • Visit notes and other clinical notes • Lab results • Imaging (radiology) reports • The medical images themselves (for example X-ray, CT or MRI images) • Billing records", text);
        Assert.Contains("Dates: from February 1, 2023 to June 30, 2024.", text);
        Assert.Contains("An electronic copy on a CD or USB drive.", text);
        Assert.Contains("I will pick up the copy.", text);
        Assert.DoesNotContain("designated record set", text);
        Assert.DoesNotContain("encrypted", text);

        Assert.Contains("Dates: from February 1, 2023 to the present.", Kit.Make(LetterSamples.Request(records: new RecordsWanted([], new DateOnly(2023, 2, 1), null))).Text);
        Assert.Contains("Dates: up to June 30, 2024.", Kit.Make(LetterSamples.Request(records: new RecordsWanted([], null, new DateOnly(2024, 6, 30)))).Text);
        Assert.Contains("made available in your patient portal", Kit.Make(LetterSamples.Request(format: CopyFormat.Portal, delivery: CopyDelivery.PickUp)).Text);
        var secure = Kit.Make(LetterSamples.Request(format: CopyFormat.Email, acceptsUnencryptedEmail: false)).Text;
        Assert.Contains("An electronic copy, sent by email to siobhan.obrien@example.org.", secure);
        Assert.Contains("Please send it by secure (encrypted) email.", secure);
        Assert.DoesNotContain("I accept that risk", secure);
    }

    [Fact]
    public void The_follow_up_gives_the_dates_the_rule_and_asks_for_the_records_or_the_extension_notice()
    {
        var (document, pdf, text) = Kit.Make(LetterSamples.FollowUp());

        Assert.Equal("records-request-follow-up-2026-11-25.pdf", document.FileName);
        Assert.Contains("Follow-up: my request for health records of October 1, 2026 is overdue", text);
        Assert.Contains("On October 1, 2026, I sent you a written request for a copy of my health records under the HIPAA right of access (45 CFR 164.524(a)(1)). Your office received it on October 3, 2026.", text);
        Assert.Contains("no later than 30 calendar days after you receive it (45 CFR 164.524(b)(2))", text);
        Assert.Contains("The records, or a written denial, were due by October 24, 2026.", text);
        Assert.Contains("I received no written notice of an extension within the first 30 days, so no extension applies (45 CFR 164.524(b)(2))", text);
        Assert.Contains("As of November 25, 2026, I have received neither the records nor a written denial.", text);
        Assert.Contains("Please send the records now", text);
        Assert.Contains("If you sent me a written notice of an extension within the first 30 days, please send me a copy of it", text);
        Assert.Contains("complaint with the HHS Office for Civil Rights (45 CFR 160.306)", text);
        Assert.Contains("A copy of my request of October 1, 2026", text);
        Assert.Contains("Please mail the copy to Siobhán O'Brien-Núñez at: 1428 Elm Street, Apt 3B, Austin, TX 78701", text);
        Assert.True(pdf.PageCount >= 1);

        var extended = Kit.Make(LetterSamples.FollowUp(extended: true)).Text;
        Assert.Contains("You told me in writing that you needed more time, which moved that date to December 2, 2026 (45 CFR 164.524(b)(2)(ii), (iii))", extended);
        Assert.DoesNotContain("no extension applies", extended);
        Assert.DoesNotContain("please send me a copy of it", extended);
    }

    [Fact]
    public void The_complaint_draft_says_who_what_when_and_the_180_day_window_with_its_source()
    {
        var (document, _, text) = Kit.Make(LetterSamples.Complaint());

        Assert.Equal("ocr-complaint-draft-2026-11-25.pdf", document.FileName);
        Assert.Contains("DRAFT", text);
        Assert.Contains("Office for Civil Rights", text);
        Assert.Contains("Complaint: Hill Country Family Medicine has not given access to health records", text);
        Assert.Contains("I am filing this complaint in writing (45 CFR 160.306)", text);
        Assert.Contains("Who is complaining", text);
        Assert.Contains("Name: Siobhán O'Brien-Núñez", text);
        Assert.Contains("Who the complaint is about Hill Country Family Medicine 200 Congress Avenue, Suite 410 Austin, TX 78701", text);
        Assert.Contains("On September 1, 2026, I sent Hill Country Family Medicine a written request", text);
        Assert.Contains("It received the request on September 2, 2026.", text);
        Assert.Contains("HIPAA requires a provider to act on such a request no later than 30 calendar days after it receives it (45 CFR 164.524(b)(2))", text);
        Assert.Contains("were due by October 2, 2026", text);
        Assert.Contains("In my own words: I called twice and was told to wait.", text);
        Assert.Contains($"within {Kit.Sources[LetterSources.ComplaintWindow].Days} days of when the complainant knew, or should have known, of the problem (45 CFR 160.306(b)). This complaint is dated November 25, 2026, within that time.", text);
        Assert.Contains("180 days", Kit.Knowledge.Find("complain-ocr-how")!.Text);
        Assert.Contains("may not retaliate against me for filing this complaint (45 CFR 160.316; 45 CFR 164.530(g))", text);
        Assert.DoesNotContain("sent you", text);

        var late = Kit.Make(LetterSamples.Complaint(today: new DateOnly(2027, 5, 1))).Text;
        Assert.Contains("more than 180 days ago", late);
        Assert.Contains("OCR may allow more time for good cause (45 CFR 160.306(b))", late);
    }

    [Fact]
    public void A_long_letter_spans_pages_with_page_numbers_and_whose_records_on_each_later_page()
    {
        var story = string.Join(" ", Enumerable.Range(1, 260).Select(i => $"Call number {i} went unanswered."));
        var (_, pdf, text) = Kit.Make(LetterSamples.Complaint(whatHappened: story));

        Assert.True(pdf.PageCount >= 3, $"{pdf.PageCount} pages");
        var (pages, _) = PdfText.Read(pdf.Pdf);
        Assert.Equal(pdf.PageCount, pages.Count);
        for (var page = 1; page <= pdf.PageCount; page++)
        {
            Assert.Contains($"Page {page} of {pdf.PageCount}", text);
        }

        Assert.Contains("Call number 1 went unanswered.", text);
        Assert.Contains("Call number 260 went unanswered.", text);
        Assert.Contains("Siobhán O'Brien-Núñez, date of birth March 7, 1984", text);
    }

    [Fact]
    public void Names_with_accents_apostrophes_and_hyphens_and_other_scripts_print_as_typed()
    {
        var patient = LetterSamples.Patient with { FullName = "Zoë D'Arcy-Łukasiewicz Ørsted Ñúñez Đặng Σοφία Дмитрий" };
        var (_, pdf, text) = Kit.Make(LetterSamples.Request(patient: patient));

        Assert.Contains("Zoë D'Arcy-Łukasiewicz Ørsted Ñúñez Đặng Σοφία Дмитрий", text);
        Assert.Contains("Zoë D'Arcy-Łukasiewicz", PdfText.Read(pdf.Pdf).Text);
    }

    [Fact]
    public void A_decomposed_accent_is_printed_composed()
    {
        var decomposed = "Nu\u0301n\u0303ez";
        var (_, _, text) = Kit.Make(LetterSamples.Request(patient: LetterSamples.Patient with { FullName = decomposed }));

        Assert.Contains("Núñez", text);
    }

    [Theory]
    [InlineData("Ana 😀 Ruiz", "😀")]
    [InlineData("山田 太郎", "山 田 太 郎")]
    public void A_character_no_font_has_gives_the_text_key_that_names_it(string name, string characters)
    {
        var e = Assert.Throws<LetterRenderException>(() => Kit.Make(LetterSamples.Request(patient: LetterSamples.Patient with { FullName = name })));

        Assert.Equal(FormsTextKeys.ErrorGlyphs, e.TextKey);
        Assert.Equal(characters, e.Values["characters"]);
        Assert.Contains("{characters}", Kit.Texts.Get(e.TextKey, null));
        Assert.Contains("{characters}", Kit.Texts.Get(e.TextKey, "sms"));
        foreach (var c in characters.Split(' '))
        {
            Assert.DoesNotContain(c, e.Detail);
            Assert.DoesNotContain(c, e.Message);
        }

        Assert.Contains("U+", e.Detail);
    }

    [Fact]
    public void Text_that_looks_like_markup_or_pdf_syntax_prints_verbatim_and_harmlessly()
    {
        const string Name = "<b>Bob</b> (Tables) \\ 100% /Type /Page";
        const string Address = "1 Main St ) Tj ET BT (x) >> endobj %%EOF\n*Springfield* [link](http://x) #3, IL 62701";
        var (_, pdf, text) = Kit.Make(LetterSamples.Request(patient: LetterSamples.Patient with { FullName = Name, Address = Address }));

        Assert.Contains(Name, text);
        Assert.Contains("1 Main St ) Tj ET BT (x) >> endobj %%EOF", text);
        Assert.Contains("*Springfield* [link](http://x) #3, IL 62701", text);
        var (pages, pigText) = PdfText.Read(pdf.Pdf);
        Assert.Equal(pdf.PageCount, pages.Count);
        Assert.Contains("/Type", pigText);
        Assert.Equal(pdf.PageCount, Kit.Make(LetterSamples.Request()).Pdf.PageCount);
    }

    [Fact]
    public void A_long_address_and_a_long_unbroken_email_wrap_inside_the_margins()
    {
        var address = string.Join(", ", Enumerable.Range(1, 12).Select(i => $"Building {i} of the Very Long Named Medical Office Park"));
        var email = new string('a', 90) + "@example.org";
        var (_, pdf, text) = Kit.Make(LetterSamples.Request(patient: LetterSamples.Patient with { Address = address, Email = email }));

        Assert.Contains("Building 12 of the Very Long Named Medical Office Park", text);
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf.Pdf);
        foreach (var page in document.GetPages())
        {
            Assert.All(page.Letters, l => Assert.InRange(l.BoundingBox.Right, 0, 612 - 72 + 1));
            Assert.All(page.Letters, l => Assert.InRange(l.BoundingBox.Left, 72 - 1, 612));
        }

        Assert.Contains(new string('a', 20), text);
    }

    [Fact]
    public void The_plain_text_has_the_same_content_without_markup()
    {
        var document = Kit.Composer.Compose(LetterSamples.Request(representative: new LetterRepresentative("Ann Lee", "agent under a health care power of attorney", "health care power of attorney")));
        var plain = LetterPlainText.Render(document, Kit.Texts);

        Assert.Contains("Siobhán O'Brien-Núñez", plain);
        Assert.Contains("Date of birth: March 7, 1984", plain);
        Assert.Contains("Address: 1428 Elm Street, Apt 3B, Austin, TX 78701", plain);
        Assert.Contains("- A copy of my health care power of attorney, showing my authority to act for Siobhán O'Brien-Núñez", plain);
        Assert.Contains("Signature of Ann Lee: ______", plain);
        Assert.Contains("(45 CFR 164.524(b)(2))", plain);
        Assert.DoesNotContain("**", plain);
        Assert.DoesNotContain("\\", plain);
        Assert.DoesNotContain("\n\n\n", plain);
    }

    [Theory]
    [InlineData(CopyFormat.Email, CopyDelivery.PickUp, null, FormsTextKeys.MissingEmail, LetterFieldNames.Contact)]
    [InlineData(CopyFormat.Paper, CopyDelivery.Email, null, FormsTextKeys.MissingEmail, LetterFieldNames.Contact)]
    [InlineData(CopyFormat.Paper, CopyDelivery.ThirdParty, null, FormsTextKeys.MissingThirdParty, LetterFieldNames.ThirdName)]
    public void A_request_missing_what_its_letter_needs_says_what(CopyFormat format, CopyDelivery delivery, ThirdPartyRecipient? third, string whatKey, string field)
    {
        var e = Assert.Throws<LetterRenderException>(() => Kit.Composer.Compose(LetterSamples.Request(patient: LetterSamples.Patient with { Email = null }, format: format, delivery: delivery, thirdParty: third)));

        Assert.Equal(FormsTextKeys.ErrorIncomplete, e.TextKey);
        Assert.Equal(Kit.Texts.Get(whatKey, null), e.Values["what"]);
        Assert.Equal(field, e.Values[LetterFieldNames.Field]);
    }

    [Fact]
    public void A_third_party_without_where_to_send_names_that_answer()
    {
        var e = Assert.Throws<LetterRenderException>(() => Kit.Composer.Compose(LetterSamples.Request(delivery: CopyDelivery.ThirdParty, thirdParty: new ThirdPartyRecipient("Dr. Lee", "  "))));

        Assert.Equal(LetterFieldNames.ThirdWhere, e.Values[LetterFieldNames.Field]);
    }

    [Fact]
    public void Follow_ups_and_complaints_need_the_earlier_request()
    {
        foreach (var kind in new[] { LetterKind.FollowUp, LetterKind.Complaint })
        {
            var e = Assert.Throws<LetterRenderException>(() => Kit.Composer.Compose(LetterSamples.Request() with { Kind = kind }));
            Assert.Equal(FormsTextKeys.ErrorIncomplete, e.TextKey);
            Assert.Equal(Kit.Texts.Get(FormsTextKeys.MissingPrior, null), e.Values["what"]);
        }
    }

    [Fact]
    public void Every_citation_a_letter_prints_is_one_its_passage_has()
    {
        foreach (var source in Kit.Sources.All)
        {
            var passage = Kit.Knowledge.Find(source.PassageId);
            Assert.NotNull(passage);
            Assert.Empty(source.ProblemsWith(passage));
        }

        Assert.Equal(LetterSources.Required.Order(), Kit.Sources.All.Select(s => s.Name).Order());
    }

    [Fact]
    public void The_fonts_cover_what_letters_print_and_dejavu_fills_in_for_liberation()
    {
        var fonts = new LetterFonts(Microsoft.Extensions.Options.Options.Create(new LetterOptions()));

        Assert.Same(fonts.Regular, fonts.For('ñ', bold: false));
        Assert.Same(fonts.Bold, fonts.For('ñ', bold: true));
        Assert.Same(fonts.Regular, fonts.For('§', bold: false));
        Assert.Null(fonts.For(0x1F600, bold: false));
        var dejaVuOnly = Enumerable.Range(0x2190, 0x100).First(c => !fonts.Regular.Coverage.Has(c) && fonts.FallbackRegular.Coverage.Has(c));
        Assert.Same(fonts.FallbackRegular, fonts.For(dejaVuOnly, bold: false));
        var (_, _, text) = Kit.Make(LetterSamples.Request(patient: LetterSamples.Patient with { FullName = "Ann " + char.ConvertFromUtf32(dejaVuOnly) + " Lee" }));
        Assert.Contains("Ann " + char.ConvertFromUtf32(dejaVuOnly) + " Lee", text);
    }

    [Fact]
    public async Task Letters_printed_at_the_same_time_come_out_whole()
    {
        var expected = Kit.Make(LetterSamples.Request()).Text;
        var texts = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() => PdfText.PdfToText(Kit.Renderer.Render(Kit.Composer.Compose(LetterSamples.Request())).Pdf))));

        Assert.All(texts, t => Assert.Equal(expected, t));
    }

    [Fact]
    public void Fonts_are_embedded_as_unicode_subsets_and_the_pdf_is_dated_by_the_app_s_clock()
    {
        var dejaVuOnly = Enumerable.Range(0x2190, 0x100).First(c => !Kit.Fonts.Regular.Coverage.Has(c) && Kit.Fonts.FallbackRegular.Coverage.Has(c) && Kit.Fonts.FallbackBold.Coverage.Has(c));
        var (_, pdf, _) = Kit.Make(LetterSamples.Request(patient: LetterSamples.Patient with { FullName = "Ann " + char.ConvertFromUtf32(dejaVuOnly) + " Lee" }));
        var file = Path.Combine(Path.GetTempPath(), $"letter-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(file, pdf.Pdf);
        try
        {
            var fonts = Run("pdffonts", file).Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToList();
            Assert.Contains(fonts, f => f.Contains("Liberation Serif", StringComparison.Ordinal) && !f.Contains("Bold", StringComparison.Ordinal));
            Assert.Contains(fonts, f => f.Contains("Liberation Serif,Bold", StringComparison.Ordinal));
            Assert.Contains(fonts, f => f.Contains("DejaVu Serif", StringComparison.Ordinal));
            Assert.All(fonts, f => Assert.Matches(@"Identity-H\s+yes\s+yes\s+yes", f));

            var info = Run("pdfinfo", file);
            Assert.Matches(@"Page size:\s+612 x 792 pts \(letter\)", info);
            Assert.Matches(@"CreationDate:\s+Wed Nov 25 15:00:00 2026", info);
            Assert.Contains("Title:           Request for a copy of health records", info);
            Assert.DoesNotContain("Ann", info);
        }
        finally
        {
            File.Delete(file);
        }

        static string Run(string tool, string file)
        {
            using var process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo(tool, [file]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.Equal(0, process.ExitCode);
            return output;
        }
    }
}
