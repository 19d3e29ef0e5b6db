using RecordsBot.Dialogs.Texts;
using RecordsBot.Guidance;
using K = RecordsBot.Forms.FormsTextKeys;

namespace RecordsBot.Forms.Composition;

/// <summary>
/// Turns a <see cref="LetterRequest"/> into a <see cref="LetterDocument"/>: the wording from
/// dialogs/letters.strings.en-US.json, each legal statement's citation from dialogs/letters/sources.yaml (checked
/// against the knowledge base at start), HIPAA's deadline and the state's shorter ones from knowledge/states.yaml.
/// What the person typed is printed verbatim (tidied by <see cref="LetterText.Clean"/>).
/// </summary>
/// <remarks>The texts may come late (<see cref="Lazy{T}"/>): the dialog catalog that holds them is checked against the
/// flows' handlers, and the letter flow's handler makes letters with this composer.</remarks>
public sealed class LetterComposer(Lazy<TextCatalog> texts, KnowledgeBase knowledge, LetterSources sources)
{
    public LetterComposer(TextCatalog texts, KnowledgeBase knowledge, LetterSources sources)
        : this(new Lazy<TextCatalog>(texts), knowledge, sources)
    {
    }

    private TextCatalog Texts => texts.Value;

    private KnowledgeBase Knowledge { get; } = knowledge;

    private LetterSources Sources { get; } = sources;

    /// <summary>The <c>what</c> of state deadlines about looking at records in person, which a letter asking for a
    /// copy does not cite (knowledge/README.md lists the values).</summary>
    public const string InspectionOnly = "inspection";

    /// <summary>The letter as plain text (for SMS and e-mail bodies).</summary>
    public string PlainText(LetterDocument document) => LetterPlainText.Render(document, Texts);

    /// <exception cref="LetterRenderException">When the request lacks what its letter needs (an e-mail address to send
    /// to, the third party, the earlier request).</exception>
    public LetterDocument Compose(LetterRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var letter = new Draft(this, request);
        return request.Kind switch
        {
            LetterKind.Request => letter.Request(),
            LetterKind.FollowUp => letter.FollowUp(),
            LetterKind.Complaint => letter.Complaint(),
            _ => throw new ArgumentOutOfRangeException(nameof(request), request.Kind, "Unknown letter kind."),
        };
    }

    /// <summary>The state's numeric deadlines for copies that end before HIPAA's (confirmed ones only), counted from
    /// <paramref name="reference"/>.</summary>
    public IReadOnlyList<DeadlineRule> ShorterStateDeadlines(string? stateCode, DateOnly reference)
    {
        if (stateCode is not { Length: 2 } || string.Equals(stateCode, FederalRules.Code, StringComparison.OrdinalIgnoreCase) || Knowledge.RulesFor(stateCode) is not { } state)
        {
            return [];
        }

        var federal = FederalRules.Deadline(Knowledge);
        var federalDue = DueDates.Add(reference, federal.Days, federal.Count);
        return state.Deadlines
            .Where(r => !r.Unsure && !string.Equals(r.What, InspectionOnly, StringComparison.OrdinalIgnoreCase))
            .Where(r => DueDates.Add(reference, r.Days, r.Count) < federalDue)
            .ToList();
    }

    private sealed class Draft(LetterComposer composer, LetterRequest request)
    {
        private readonly List<LetterBlock> blocks = [];
        private readonly TextCatalog texts = composer.Texts;
        private readonly LetterPatient patient = request.Patient;
        private readonly LetterRepresentative? rep = request.Representative;

        private string PatientName => LetterText.Clean(patient.FullName);

        private string SenderName => rep is null ? PatientName : LetterText.Clean(rep.Name);

        private string SenderAddress => LetterText.Clean(rep?.Address is { Length: > 0 } a ? a : patient.Address);

        private string? SenderPhone => Optional(rep?.Phone is { Length: > 0 } p ? p : patient.Phone);

        private string? SenderEmail => Optional(rep?.Email is { Length: > 0 } e ? e : patient.Email);

        private string ProviderName => LetterText.Clean(request.Provider.Name);

        public LetterDocument Request()
        {
            RequireDeliveryDetails();
            Heading();
            Add(LetterBlockKind.Subject, rep is null
                ? T(K.RequestSubject, ("cite", Cite(LetterSources.AccessRight)))
                : T(K.RequestSubjectFor, ("patient", PatientName), ("cite", Cite(LetterSources.AccessRight))));
            Add(LetterBlockKind.Paragraph, T(K.Salutation));
            Add(LetterBlockKind.Paragraph, rep is null
                ? T(K.RequestOpening, ("cite", Cite(LetterSources.AccessRight)))
                : T(K.RequestOpeningFor, ("relationship", LetterText.Clean(rep.Relationship)), ("patient", PatientName), ("cite", Cite(LetterSources.AccessRight))));
            if (rep is not null)
            {
                Add(LetterBlockKind.Paragraph, T(K.RequestRepresentative, ("patient", PatientName), ("document", LetterText.Clean(rep.AuthorityDocument)), ("cite", Cite(LetterSources.Representative))));
            }

            PersonSections();
            WhatWasAsked();
            Deadline();
            Fees();
            Add(LetterBlockKind.Paragraph, T(K.ClosingDenial, ("cite", Cite(LetterSources.DenialInWriting))) + " " + T(K.ClosingNotHeld, ("cite", Cite(LetterSources.NotHeldHere))));
            Add(LetterBlockKind.Paragraph, rep is null
                ? T(K.ClosingIdentity, ("cite", Cite(LetterSources.Identity)))
                : T(K.ClosingIdentityFor, ("document", LetterText.Clean(rep.AuthorityDocument)), ("cite", Cite(LetterSources.Identity))));
            Add(LetterBlockKind.Paragraph, T(K.ClosingThanks));
            SignOff();
            Enclosures(prior: false);
            return Done(K.TitleRequest, K.FileRequest);
        }

        public LetterDocument FollowUp()
        {
            var prior = RequirePrior();
            RequireDeliveryDetails();
            Heading();
            Add(LetterBlockKind.Subject, T(K.FollowUpSubject, ("sentOn", LetterText.Iso(prior.SentOn))));
            Add(LetterBlockKind.Paragraph, T(K.Salutation));
            History(prior, toProvider: true);
            if (!prior.Extended)
            {
                Add(LetterBlockKind.Paragraph, T(K.FollowUpAskNotice, ("days", LetterText.Number(FederalRules.Deadline(composer.Knowledge).Days))));
            }

            Add(LetterBlockKind.Paragraph, T(K.FollowUpAsk));

            PersonSections();
            WhatWasAsked();
            Add(LetterBlockKind.Paragraph, T(K.FollowUpComplaint, ("cite", Cite(LetterSources.ComplaintWhere))));
            Add(LetterBlockKind.Paragraph, T(K.ClosingThanks));
            SignOff();
            Enclosures(prior: true);
            return Done(K.TitleFollowUp, K.FileFollowUp);
        }

        public LetterDocument Complaint()
        {
            var prior = RequirePrior();
            Add(LetterBlockKind.Banner, T(K.ComplaintBanner));
            Add(LetterBlockKind.Lines, LetterText.Date(request.Date));
            Add(LetterBlockKind.Lines, T(K.ComplaintRecipient1), T(K.ComplaintRecipient2));
            Add(LetterBlockKind.Subject, T(K.ComplaintSubject, ("provider", ProviderName), ("cite", Cite(LetterSources.AccessRight))));
            Add(LetterBlockKind.Paragraph, T(K.ComplaintIntro, ("provider", ProviderName), ("cite", Cite(LetterSources.ComplaintWhere))));

            Add(LetterBlockKind.Heading, T(K.HeadingComplainant));
            SenderFields();
            if (rep is not null)
            {
                Add(LetterBlockKind.Heading, T(K.HeadingPatient));
                PatientFields();
            }

            Add(LetterBlockKind.Heading, T(K.HeadingEntity));
            Add(LetterBlockKind.Lines, [ProviderName, .. LetterText.Lines(request.Provider.Address)]);

            Add(LetterBlockKind.Heading, T(K.HeadingWhat));
            History(prior, toProvider: false);
            if (Optional(prior.WhatHappened) is { } own)
            {
                Add(LetterBlockKind.Paragraph, T(K.ComplaintOwnWords));
                Add(LetterBlockKind.Paragraph, own);
            }

            Add(LetterBlockKind.Heading, T(K.HeadingWhen));
            var window = composer.Sources[LetterSources.ComplaintWindow];
            var windowDays = window.Days ?? throw new InvalidOperationException($"{composer.Sources.File}: statement '{window.Name}' has no days.");
            Add(LetterBlockKind.Paragraph, T(request.Date <= prior.DueOn.AddDays(windowDays) ? K.ComplaintWindow : K.ComplaintWindowLate,
                ("dueOn", LetterText.Iso(prior.DueOn)), ("windowDays", LetterText.Number(windowDays)), ("date", LetterText.Iso(request.Date)), ("cite", window.Cite)));

            Add(LetterBlockKind.Heading, T(K.HeadingAsk));
            Add(LetterBlockKind.Paragraph, T(K.ComplaintAsk));
            Add(LetterBlockKind.Paragraph, T(K.ComplaintRetaliation, ("provider", ProviderName), ("cite", Cite(LetterSources.NoRetaliation))));
            SignOff();
            var enclosures = new List<string> { T(K.EnclosurePriorRequest, ("sentOn", LetterText.Iso(prior.SentOn))), T(K.EnclosureProof) };
            Add(LetterBlockKind.Heading, T(K.HeadingEnclosures));
            Add(LetterBlockKind.List, [.. enclosures]);
            return Done(K.TitleComplaint, K.FileComplaint);
        }

        /// <summary>The sender, the date and the provider's address, as a letter opens.</summary>
        private void Heading()
        {
            var sender = new List<string> { SenderName };
            sender.AddRange(LetterText.Lines(SenderAddress));
            if (SenderPhone is { } phone)
            {
                sender.Add(T(K.SenderPhone, ("phone", phone)));
            }

            if (SenderEmail is { } email)
            {
                sender.Add(T(K.SenderEmail, ("email", email)));
            }

            Add(LetterBlockKind.Lines, [.. sender]);
            Add(LetterBlockKind.Lines, LetterText.Date(request.Date));
            Add(LetterBlockKind.Lines, [ProviderName, T(K.RecipientAttention), .. LetterText.Lines(request.Provider.Address)]);
        }

        private void PersonSections()
        {
            Add(LetterBlockKind.Heading, T(K.HeadingPatient));
            PatientFields();
            if (rep is not null)
            {
                Add(LetterBlockKind.Heading, T(K.HeadingRepresentative));
                Fields(
                    (K.FieldName, LetterText.Clean(rep.Name)),
                    (K.FieldRelationship, LetterText.Clean(rep.Relationship)),
                    (K.FieldAuthority, LetterText.Clean(rep.AuthorityDocument)),
                    (K.FieldAddress, Optional(rep.Address)),
                    (K.FieldPhone, Optional(rep.Phone)),
                    (K.FieldEmail, Optional(rep.Email)));
            }
        }

        private void PatientFields() => Fields(
            (K.FieldName, PatientName),
            (K.FieldBirthDate, LetterText.Date(patient.BirthDate)),
            (K.FieldAddress, LetterText.Clean(patient.Address)),
            (K.FieldPhone, Optional(patient.Phone)),
            (K.FieldEmail, Optional(patient.Email)),
            (K.FieldSsn, LastFour(patient.SsnLastFour)));

        private void SenderFields()
        {
            if (rep is null)
            {
                PatientFields();
                return;
            }

            Fields(
                (K.FieldName, LetterText.Clean(rep.Name)),
                (K.FieldRelationship, LetterText.Clean(rep.Relationship)),
                (K.FieldAuthority, LetterText.Clean(rep.AuthorityDocument)),
                (K.FieldAddress, SenderAddress),
                (K.FieldPhone, SenderPhone),
                (K.FieldEmail, SenderEmail));
        }

        /// <summary>The records, their form and format, and how to send them.</summary>
        private void WhatWasAsked()
        {
            Add(LetterBlockKind.Heading, T(K.HeadingRecords));
            var records = request.Records;
            if (records.All)
            {
                Add(LetterBlockKind.Paragraph, T(K.RecordsAll, ("cite", Cite(LetterSources.RecordSet))));
            }
            else
            {
                Add(LetterBlockKind.Paragraph, T(K.RecordsParts));
                Add(LetterBlockKind.List, [.. records.Parts.Distinct().Select(PartLabel)]);
            }

            Add(LetterBlockKind.Paragraph, (records.From, records.To) switch
            {
                (null, null) => T(K.RecordsAllDates),
                ({ } from, { } to) => T(K.RecordsFromTo, ("from", LetterText.Iso(from)), ("to", LetterText.Iso(to))),
                ({ } from, null) => T(K.RecordsFrom, ("from", LetterText.Iso(from))),
                (null, { } to) => T(K.RecordsTo, ("to", LetterText.Iso(to))),
            });

            Add(LetterBlockKind.Heading, T(K.HeadingFormat));
            var format = request.Format switch
            {
                CopyFormat.ElectronicPdf => T(K.FormatPdf),
                CopyFormat.Portal => T(K.FormatPortal),
                CopyFormat.Email => T(K.FormatEmail, ("email", SenderEmail ?? string.Empty)),
                CopyFormat.CdOrUsb => T(K.FormatCd),
                CopyFormat.Paper => T(K.FormatPaper),
                _ => throw new ArgumentOutOfRangeException(nameof(request), request.Format, "Unknown format."),
            };
            var rule = request.Format == CopyFormat.Paper
                ? T(K.FormatChoiceRule, ("cite", Cite(LetterSources.FormatChoice)))
                : T(K.FormatElectronicRule, ("cite", Cite(LetterSources.FormatElectronic)));
            Add(LetterBlockKind.Paragraph, format + " " + rule);
            if (UsesEmail)
            {
                Add(LetterBlockKind.Paragraph, request.AcceptsUnencryptedEmail
                    ? T(K.EmailUnencrypted, ("cite", Cite(LetterSources.UnencryptedEmail)))
                    : T(K.EmailSecure));
            }

            Add(LetterBlockKind.Heading, T(K.HeadingDelivery));
            switch (request.Delivery)
            {
                case CopyDelivery.Mail:
                    Add(LetterBlockKind.Paragraph, T(K.DeliveryMail, ("name", SenderName), ("address", LetterText.OneLine(SenderAddress))));
                    break;
                case CopyDelivery.PickUp:
                    Add(LetterBlockKind.Paragraph, T(K.DeliveryPickUp));
                    break;
                case CopyDelivery.Email:
                    Add(LetterBlockKind.Paragraph, T(K.DeliveryEmail, ("email", SenderEmail ?? string.Empty)));
                    break;
                case CopyDelivery.ThirdParty:
                    var third = request.ThirdParty!;
                    Add(LetterBlockKind.Paragraph, T(K.DeliveryThirdParty, ("recipient", LetterText.Clean(third.Name)), ("sendTo", LetterText.OneLine(third.SendTo))));
                    Add(LetterBlockKind.Paragraph, T(K.DeliveryThirdPartyRule, ("cite", Cite(LetterSources.ThirdParty))) + " "
                        + T(K.DeliveryThirdPartyLimit, ("cite", Cite(LetterSources.ThirdPartyEhrOnly))));
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(request), request.Delivery, "Unknown delivery.");
            }
        }

        private bool UsesEmail => request.Format == CopyFormat.Email || request.Delivery == CopyDelivery.Email;

        private void Deadline()
        {
            Add(LetterBlockKind.Heading, T(K.HeadingDeadline));
            var federal = FederalRules.Deadline(composer.Knowledge);
            var text = T(K.DeadlineFederal, ("days", LetterText.Number(federal.Days)), ("count", Count(federal.Count)), ("cite", federal.Citation));
            if (federal.ExtendTo is { } extendTo)
            {
                text += " " + T(K.DeadlineExtension, ("extra", LetterText.Number(extendTo - federal.Days)), ("days", LetterText.Number(federal.Days)), ("cite", Cite(LetterSources.Extension)));
            }

            Add(LetterBlockKind.Paragraph, text);
            StateDeadlines();
        }

        private void StateDeadlines()
        {
            var rules = composer.ShorterStateDeadlines(request.Provider.State, request.Date);
            if (rules.Count == 0)
            {
                return;
            }

            var state = composer.Knowledge.RulesFor(request.Provider.State!)!;
            Add(LetterBlockKind.Paragraph, T(K.DeadlineStateIntro, ("stateName", state.Name), ("cite", Cite(LetterSources.StateStricter))));
            Add(LetterBlockKind.List, [.. rules.Select(r => T(K.DeadlineStateRule, ("who", r.Who), ("what", r.What), ("days", LetterText.Number(r.Days)), ("count", Count(r.Count)), ("from", r.From), ("cite", r.Citation)))]);
        }

        private void Fees()
        {
            Add(LetterBlockKind.Heading, T(K.HeadingFees));
            var text = T(K.FeesEstimate);

            // HIPAA's fee limits protect a person's own copy, not one sent on to someone else (third-party-fees).
            if (request.Delivery != CopyDelivery.ThirdParty)
            {
                text += " " + T(K.FeesRule, ("cite", Cite(LetterSources.Fee)), ("neverCite", Cite(LetterSources.FeeNever)));
            }

            Add(LetterBlockKind.Paragraph, text);
        }

        /// <summary>When the earlier request was sent, received and due, and that nothing came: to the provider (a
        /// follow-up) or about it (a complaint).</summary>
        private void History(PriorRequest prior, bool toProvider)
        {
            var access = ("cite", Cite(LetterSources.AccessRight));
            var sentOn = ("sentOn", LetterText.Iso(prior.SentOn));
            var provider = ("provider", ProviderName);
            var text = (toProvider, rep is null) switch
            {
                (true, true) => T(K.FollowUpSent, sentOn, access),
                (true, false) => T(K.FollowUpSentFor, sentOn, ("patient", PatientName), access),
                (false, true) => T(K.ComplaintSent, sentOn, provider, access),
                (false, false) => T(K.ComplaintSentFor, sentOn, provider, ("patient", PatientName), access),
            };
            if (prior.ReceivedOn is { } received)
            {
                text += " " + T(toProvider ? K.FollowUpReceived : K.ComplaintReceived, ("receivedOn", LetterText.Iso(received)));
            }

            Add(LetterBlockKind.Paragraph, text);
            var federal = FederalRules.Deadline(composer.Knowledge);
            Add(LetterBlockKind.Paragraph, T(toProvider ? K.DeadlineFederal : K.ComplaintFederal, ("days", LetterText.Number(federal.Days)), ("count", Count(federal.Count)), ("cite", federal.Citation)));
            StateDeadlines();
            var due = T(K.FollowUpDue, ("dueOn", LetterText.Iso(prior.DueOn))) + " " + (prior.Extended
                ? T(toProvider ? K.FollowUpExtended : K.ComplaintExtended, ("dueOn", LetterText.Iso(prior.DueOn)), provider, ("cite", Cite(LetterSources.Extension)))
                : T(K.FollowUpNoExtension, ("days", LetterText.Number(federal.Days)), ("cite", Cite(LetterSources.NoExtensionNotice))));
            Add(LetterBlockKind.Paragraph, due);
            Add(LetterBlockKind.Paragraph, T(K.FollowUpNothing, ("date", LetterText.Iso(request.Date))));
        }

        private void SignOff()
        {
            Add(LetterBlockKind.Paragraph, T(K.ClosingSignoff));
            Add(LetterBlockKind.Signature, T(K.SignatureSign, ("name", SenderName)), T(K.SignatureDate));
        }

        private void Enclosures(bool prior)
        {
            var items = new List<string>();
            if (prior && request.Prior is { } p)
            {
                items.Add(T(K.EnclosurePriorRequest, ("sentOn", LetterText.Iso(p.SentOn))));
            }

            items.Add(T(K.EnclosurePhotoId));
            if (rep is not null)
            {
                items.Add(T(K.EnclosureAuthority, ("document", LetterText.Clean(rep.AuthorityDocument)), ("patient", PatientName)));
            }

            Add(LetterBlockKind.Heading, T(K.HeadingEnclosures));
            Add(LetterBlockKind.List, [.. items]);
        }

        private LetterDocument Done(string titleKey, string fileKey) =>
            new(request.Kind, T(titleKey), $"{T(fileKey)}-{LetterText.Iso(request.Date)}.pdf", blocks, texts.Get(K.Page, null),
                T(K.RunningHead, ("name", PatientName), ("birthDate", LetterText.Iso(patient.BirthDate))));

        private void RequireDeliveryDetails()
        {
            if (UsesEmail && SenderEmail is null)
            {
                throw Incomplete(K.MissingEmail, rep is null ? LetterFieldNames.Contact : LetterFieldNames.RepContact, "e-mail format or delivery without an e-mail address");
            }

            if (request.Delivery == CopyDelivery.ThirdParty && (request.ThirdParty is null || Optional(request.ThirdParty.Name) is null || Optional(request.ThirdParty.SendTo) is null))
            {
                throw Incomplete(K.MissingThirdParty, Optional(request.ThirdParty?.Name) is null ? LetterFieldNames.ThirdName : LetterFieldNames.ThirdWhere, "third-party delivery without a recipient and where to send");
            }
        }

        private PriorRequest RequirePrior() =>
            request.Prior ?? throw Incomplete(K.MissingPrior, LetterFieldNames.Sent, $"{request.Kind} letter without the earlier request");

        private LetterRenderException Incomplete(string whatKey, string field, string detail) =>
            new(K.ErrorIncomplete, "Letter request incomplete: " + detail, new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["what"] = T(whatKey),
                [LetterFieldNames.Field] = field,
            });

        private void Fields(params (string LabelKey, string? Value)[] fields)
        {
            var present = fields.Where(f => !string.IsNullOrEmpty(f.Value)).ToList();
            blocks.Add(new LetterBlock(LetterBlockKind.Fields, [.. present.Select(f => T(f.LabelKey))], [.. present.Select(f => f.Value!)]));
        }

        private string PartLabel(RecordPart part) => T(part switch
        {
            RecordPart.VisitNotes => K.PartVisitNotes,
            RecordPart.LabResults => K.PartLabResults,
            RecordPart.ImagingReports => K.PartImagingReports,
            RecordPart.Images => K.PartImages,
            RecordPart.Billing => K.PartBilling,
            _ => throw new ArgumentOutOfRangeException(nameof(part), part, "Unknown part."),
        });

        private string Count(DayCount count) => T(count == DayCount.Business ? K.CountBusiness : K.CountCalendar);

        private string Cite(string statement) => composer.Sources[statement].Cite;

        private string T(string key, params (string Name, string Value)[] values) => LetterText.Get(texts, key, values);

        private void Add(LetterBlockKind kind, params string[] lines) => blocks.Add(new LetterBlock(kind, lines));

        private static string? Optional(string? text) => LetterText.Clean(text) is { Length: > 0 } clean ? clean : null;

        /// <summary>At most the last four digits of a Social Security number, whatever was given.</summary>
        private static string? LastFour(string? given)
        {
            var digits = new string((given ?? string.Empty).Where(char.IsAsciiDigit).ToArray());
            return digits.Length >= 4 ? digits[^4..] : null;
        }
    }
}
