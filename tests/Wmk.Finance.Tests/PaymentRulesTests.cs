using Wmk.Finance.Features.Payments;

namespace Wmk.Finance.Tests;

public sealed class PaymentRulesTests
{
    [Theory]
    [InlineData(1234567890L, "123456789002")]
    [InlineData(97L, "000000009797")]
    [InlineData(0L, "000000000097")]
    [InlineData(9999999999L, "999999999948")]
    public void The_structured_communication_ends_with_the_number_mod_97_or_97_when_zero(long number, string digits)
    {
        StructuredCommunication.Digits(number).ShouldBe(digits);
        StructuredCommunication.IsValid(digits).ShouldBeTrue();
    }

    [Fact]
    public void The_structured_communication_is_written_with_plusses_and_slashes_and_checked()
    {
        StructuredCommunication.Format("123456789002").ShouldBe("+++123/4567/89002+++");
        StructuredCommunication.IsValid("+++123/4567/89002+++").ShouldBeTrue();
        StructuredCommunication.IsValid("+++123/4567/89003+++").ShouldBeFalse();
        StructuredCommunication.IsValid("000000000000").ShouldBeFalse();
        StructuredCommunication.IsValid("12345678900").ShouldBeFalse();
        StructuredCommunication.IsValid(null).ShouldBeFalse();
    }

    [Theory]
    [InlineData("BE68 5390 0754 7034", true)]
    [InlineData("be68539007547034", true)]
    [InlineData("NL91ABNA0417164300", true)]
    [InlineData("BE68 5390 0754 7035", false)]
    [InlineData("BE6853900754", false)]
    [InlineData("68BE539007547034", false)]
    [InlineData("", false)]
    public void An_iban_passes_the_mod_97_check(string iban, bool valid) => Iban.IsValid(iban).ShouldBe(valid);

    [Fact]
    public void The_epc_payload_follows_epc069_12_version_002()
    {
        var payload = EpcQr.Payload("GEBABEBB", "Wonen Met Kansen vzw", "BE68539007547034", 265.5m, "123456789002");

        payload.ShouldBe("BCD\n002\n1\nSCT\nGEBABEBB\nWonen Met Kansen vzw\nBE68539007547034\nEUR265.50\n\n123456789002");
        Iban.Display("BE68539007547034").ShouldBe("BE68 5390 0754 7034");
    }

    [Fact]
    public void The_epc_payload_is_drawn_as_a_png_qr_code()
    {
        var uri = EpcQrImage.DataUri(EpcQr.Payload(null, "Wonen vzw", "BE68539007547034", 54.5m, "123456789002"));

        uri.ShouldStartWith("data:image/png;base64,");
        Convert.FromBase64String(uri["data:image/png;base64,".Length..])[..4].ShouldBe(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' });
    }
}
