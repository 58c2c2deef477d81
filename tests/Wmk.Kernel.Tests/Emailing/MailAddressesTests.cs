using Wmk.Kernel.Emailing;

namespace Wmk.Kernel.Tests.Emailing;

public sealed class MailAddressesTests
{
    [Fact]
    public void Only_well_formed_addresses_are_kept_trimmed_in_order_and_once() =>
        MailAddresses.Distinct(" sam@voorbeeld.be ", null, "", "geen adres", "An@Voorbeeld.be", "SAM@voorbeeld.be", "an@voorbeeld.be")
            .ShouldBe(["sam@voorbeeld.be", "An@Voorbeeld.be"]);

    [Theory]
    [InlineData(null, null)]
    [InlineData("   ", null)]
    [InlineData("sam@", null)]
    [InlineData(" sam@voorbeeld.be", "sam@voorbeeld.be")]
    public void One_address_is_valid_or_null(string? address, string? expected) => MailAddresses.Valid(address).ShouldBe(expected);
}
