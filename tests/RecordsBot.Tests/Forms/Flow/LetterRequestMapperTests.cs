using RecordsBot.Forms;
using RecordsBot.Forms.Flow;

namespace RecordsBot.Tests.Forms.Flow;

public sealed class LetterRequestMapperTests
{
    private static readonly DateOnly Today = new(2026, 11, 24);

    private static Dictionary<string, string> Complete() => new(StringComparer.Ordinal)
    {
        [LetterValues.LetterKind] = LetterValues.Request,
        [LetterValues.Whose] = LetterValues.Own,
        [LetterValues.PatientName] = "Siobhán O'Brien-Núñez",
        [LetterValues.BirthDate] = "1980-03-03",
        [LetterValues.Address] = "12 Elm St, Columbus, OH 43215",
        [LetterValues.Phone] = "+15552013344",
        [LetterValues.SsnAsked] = LetterValues.Yes,
        [LetterValues.ProviderName] = "Riverside Family Medicine",
        [LetterValues.ProviderAddress] = "400 Main St, Columbus, OH 43215",
        [LetterValues.ProviderState] = "OH",
        [LetterValues.RecordsMode] = "all",
        [LetterValues.Format] = "pdf",
        [LetterValues.Delivery] = "mail",
    };

    [Fact]
    public void A_complete_request_maps_every_answer_as_typed()
    {
        var request = LetterRequestMapper.Map(Complete(), Today, r => r);

        Assert.Equal(LetterKind.Request, request.Kind);
        Assert.Equal(Today, request.Date);
        Assert.Equal(new LetterPatient("Siobhán O'Brien-Núñez", new DateOnly(1980, 3, 3), "12 Elm St, Columbus, OH 43215", "(555) 201-3344", null, null), request.Patient);
        Assert.Equal(new LetterProvider("Riverside Family Medicine", "400 Main St, Columbus, OH 43215", "OH", null), request.Provider);
        Assert.True(request.Records.All);
        Assert.True(request.Records.AllDates);
        Assert.Equal(CopyFormat.ElectronicPdf, request.Format);
        Assert.Equal(CopyDelivery.Mail, request.Delivery);
        Assert.Null(request.ThirdParty);
        Assert.Null(request.Representative);
        Assert.Null(request.Prior);
        Assert.False(request.AcceptsUnencryptedEmail);
    }

    [Fact]
    public void Parts_dates_a_representative_a_third_party_and_the_last_four_digits_map_to_their_records()
    {
        var values = Complete();
        values[LetterValues.Whose] = LetterValues.Other;
        values[LetterValues.RepName] = "Ana Ruiz";
        values[LetterValues.RepRelation] = "poa";
        values[LetterValues.RepDocument] = "Health care power of attorney";
        values[LetterValues.SsnLastFour] = "6789";
        values[LetterValues.RecordsMode] = "parts";
        values[LetterValues.RecordParts] = LetterRequestMapper.Store([RecordPart.Images, RecordPart.LabResults]);
        values[LetterValues.RecordsFrom] = "2020-01-01";
        values[LetterValues.Delivery] = "third";
        values[LetterValues.ThirdName] = "Dr. Lee";
        values[LetterValues.ThirdWhere] = "lee@example.org";
        values[LetterValues.ProviderId] = "42";

        var request = LetterRequestMapper.Map(values, Today, r => r == "poa" ? "agent under a health care power of attorney" : "?");

        Assert.Equal([RecordPart.LabResults, RecordPart.Images], request.Records.Parts);
        Assert.True(request.Records.AllDates, "dates only count when the person chose certain dates");
        Assert.Equal(new LetterRepresentative("Ana Ruiz", "agent under a health care power of attorney", "Health care power of attorney"), request.Representative);
        Assert.Equal("6789", request.Patient.SsnLastFour);
        Assert.Equal(CopyDelivery.ThirdParty, request.Delivery);
        Assert.Equal(new ThirdPartyRecipient("Dr. Lee", "lee@example.org"), request.ThirdParty);
        Assert.Equal(42, request.Provider.SavedProviderId);
    }

    [Fact]
    public void E_mail_as_the_format_is_delivered_by_e_mail_with_the_acknowledgment()
    {
        var values = Complete();
        values[LetterValues.Format] = "email";
        values[LetterValues.EmailAck] = LetterValues.Yes;
        values[LetterValues.Email] = "siobhan@example.org";
        values[LetterValues.RecordsMode] = "dates";
        values[LetterValues.RecordsFrom] = "2024-01-01";
        values[LetterValues.RecordsTo] = "2026-11-24";

        var request = LetterRequestMapper.Map(values, Today, r => r);

        Assert.Equal(CopyFormat.Email, request.Format);
        Assert.Equal(CopyDelivery.Email, request.Delivery);
        Assert.True(request.AcceptsUnencryptedEmail);
        Assert.Equal(new DateOnly(2024, 1, 1), request.Records.From);
        Assert.Equal(new DateOnly(2026, 11, 24), request.Records.To);
    }

    [Fact]
    public void A_complaint_carries_the_earlier_request()
    {
        var values = Complete();
        values[LetterValues.LetterKind] = LetterValues.Complaint;
        values[LetterValues.SentOn] = "2026-09-01";
        values[LetterValues.DueOn] = "2026-10-01";
        values[LetterValues.WhatHappened] = "No answer at all.";

        var request = LetterRequestMapper.Map(values, Today, r => r);

        Assert.Equal(LetterKind.Complaint, request.Kind);
        Assert.Equal(new PriorRequest(new DateOnly(2026, 9, 1), null, new DateOnly(2026, 10, 1), false, "No answer at all."), request.Prior);
    }

    [Theory]
    [InlineData(LetterValues.PatientName, LetterFields.Name)]
    [InlineData(LetterValues.BirthDate, LetterFields.Birth)]
    [InlineData(LetterValues.ProviderAddress, LetterFields.ProviderAddress)]
    [InlineData(LetterValues.Delivery, LetterFields.Delivery)]
    public void A_letter_that_lacks_an_answer_is_not_made_and_the_flow_knows_what_to_ask(string removed, string asked)
    {
        var values = Complete();
        values.Remove(removed);

        Assert.Equal(asked, LetterFields.Missing(values));
        Assert.Throws<InvalidOperationException>(() => LetterRequestMapper.Map(values, Today, r => r));
    }

    [Fact]
    public void A_follow_up_asks_for_the_dates_of_the_first_request_and_a_complaint_also_for_what_happened()
    {
        var values = Complete();
        values[LetterValues.LetterKind] = LetterValues.FollowUp;
        Assert.Equal(LetterFields.Sent, LetterFields.Missing(values));
        values[LetterValues.SentOn] = "2026-09-01";
        Assert.Equal(LetterFields.Due, LetterFields.Missing(values));
        values[LetterValues.DueOn] = "2026-10-01";
        Assert.Null(LetterFields.Missing(values));

        values[LetterValues.LetterKind] = LetterValues.Complaint;
        Assert.Equal(LetterFields.WhatHappened, LetterFields.Missing(values));
        Assert.Contains(LetterFields.WhatHappened, LetterFields.Shown(values));
    }
}
