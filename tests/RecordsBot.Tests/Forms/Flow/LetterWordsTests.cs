using RecordsBot.Forms.Flow;

namespace RecordsBot.Tests.Forms.Flow;

public sealed class LetterWordsTests
{
    [Theory]
    [InlineData("123-45-6789", true)]
    [InlineData("my ssn is 123 45 6789", true)]
    [InlineData("123456789", true)]
    [InlineData("6789", false)]
    [InlineData("12 Elm St, Columbus, OH 43215-1234", false)]
    [InlineData("(555) 201-3344", false)]
    [InlineData("5552013344", false)]
    public void A_whole_Social_Security_number_is_told_apart_from_addresses_and_phone_numbers(string text, bool full) =>
        Assert.Equal(full, LetterWords.HasFullSsn(text));

    [Theory]
    [InlineData("1234", "1234")]
    [InlineData("last four 1234", "1234")]
    [InlineData("xxx-xx-1234", "1234")]
    [InlineData("12345", null)]
    [InlineData("skip", null)]
    public void The_last_four_digits_are_read_from_a_reply(string reply, string? lastFour) =>
        Assert.Equal(lastFour, LetterSsn.LastFour(reply));

    [Theory]
    [InlineData("(555) 201-3344", "+15552013344", null)]
    [InlineData("jane@example.org", null, "jane@example.org")]
    [InlineData("555 201 3344 and Jane.Doe@Example.ORG", "+15552013344", "Jane.Doe@example.org")]
    [InlineData("jane@example", null, null)]
    public void A_phone_number_and_an_e_mail_address_are_read_from_one_reply(string reply, string? phone, string? email) =>
        Assert.Equal((phone, email), LetterContact.Read(reply));

    [Theory]
    [InlineData("12 Elm St, Columbus, OH 43215", "12 Elm St, Columbus, OH 43215")]
    [InlineData("400 Main Street\nSuite 2\nDayton, OH 45402-1234", "400 Main Street\nSuite 2\nDayton, OH 45402-1234")]
    [InlineData("(555) 201-3344", null)]
    [InlineData("records@riverside.example", null)]
    [InlineData("the portal", null)]
    public void A_saved_way_to_reach_a_provider_counts_as_its_address_only_when_it_is_a_postal_address(string contact, string? address) =>
        Assert.Equal(address, LetterProviderAddress.From(contact));

    [Theory]
    [InlineData("3", 3)]
    [InlineData("#12", 12)]
    [InlineData("number 2 please", 2)]
    [InlineData("2 and 3", null)]
    [InlineData("address", null)]
    public void One_number_is_read_from_a_reply(string reply, int? number) =>
        Assert.Equal(number, LetterWords.Number(reply));

    [Fact]
    public void The_longest_name_found_picks_the_option_and_a_tie_picks_nothing()
    {
        (string, IEnumerable<string>)[] options = [("address", ["address", "my address"]), ("provider-address", ["provider address", "their address"])];

        Assert.Equal("address", LetterWords.Named("change my address", options));
        Assert.Equal("provider-address", LetterWords.Named("the provider address is wrong", options));
        Assert.Null(LetterWords.Named("the phone", options));
        Assert.Null(LetterWords.Named("x", [("a", ["same"]), ("b", ["same"])]));
    }

    [Theory]
    [InlineData("400 Main St, Columbus, OH 43215", "OH")]
    [InlineData("1 Congress Ave, Austin, tx 78701-1234", "TX")]
    [InlineData("9 Lake Rd\nDayton, OH. 45402", "OH")]
    [InlineData("400 Main St, Columbus, Ohio", null)]
    [InlineData("400 Main St, Columbus, ZZ 43215", null)]
    [InlineData("PO Box 12, Columbus 43215", null)]
    [InlineData(null, null)]
    public void An_address_ending_with_a_state_code_and_ZIP_says_the_providers_state(string? address, string? state) =>
        Assert.Equal(state, LetterProviderAddress.StateIn(address));

    [Theory]
    [InlineData("12 Elm St, Columbus, OH 43215", true)]
    [InlineData("General Delivery, Austin, TX 78701-9999", true)]
    [InlineData("all", false)]
    [InlineData("12 Elm St, Columbus, OH", false)]
    [InlineData("43215", false)]
    [InlineData("12 Elm St, Columbus, OH 432155", false)]
    public void A_mailing_address_needs_words_and_a_ZIP_code(string text, bool postal) =>
        Assert.Equal(postal, LetterWords.IsPostalAddress(text));
}
