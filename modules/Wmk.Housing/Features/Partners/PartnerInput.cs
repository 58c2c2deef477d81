using System.ComponentModel.DataAnnotations;
using Wmk.Housing.Domain;
using Wmk.Kernel.Rules;

namespace Wmk.Housing.Features.Partners;

internal sealed record PartnerInput(
    PartnerKind Kind, string? Name, int? HousingStock, string? ContactName, string? ContactEmail, string? ContactPhone)
{
    public IReadOnlyList<RuleError> Validate()
    {
        var errors = new List<RuleError>();
        if (!Enum.IsDefined(Kind))
        {
            errors.Add(new("Partner:KindInvalid"));
        }

        if (Text.Clean(Name) is not { Length: <= 200 })
        {
            errors.Add(new("Partner:NameRequired"));
        }

        if (Kind == PartnerKind.HousingCompany && HousingStock is not > 0)
        {
            errors.Add(new("Partner:HousingStockRequired"));
        }

        if (Text.Clean(ContactEmail) is { } email && (email.Length > 256 || !new EmailAddressAttribute().IsValid(email)))
        {
            errors.Add(new("Partner:EmailInvalid"));
        }

        if (Text.Clean(ContactPhone) is { } phone && (phone.Length > 30 || !phone.All(c => char.IsAsciiDigit(c) || " +()-/.".Contains(c))))
        {
            errors.Add(new("Partner:PhoneInvalid"));
        }

        if (Text.Clean(ContactName) is { Length: > 200 })
        {
            errors.Add(new("Partner:ContactNameTooLong"));
        }

        return errors;
    }
}

internal sealed record PartnerView(
    Guid Id, PartnerKind Kind, string Name, int? HousingStock, string? ContactName, string? ContactEmail, string? ContactPhone);
