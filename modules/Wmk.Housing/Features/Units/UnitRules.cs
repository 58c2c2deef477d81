using Wmk.Housing.Domain;
using Wmk.Kernel.Rules;

namespace Wmk.Housing.Features.Units;

/// <summary>The rules a unit's data must keep, checked before anything is stored.</summary>
internal static class UnitRules
{
    public static List<RuleError> Validate(UnitInput input)
    {
        var errors = new List<RuleError>();
        if (Text.Clean(input.Address) is not { Length: <= 300 })
        {
            errors.Add(new("Unit:AddressRequired"));
        }

        if (Text.Clean(input.District) is not { Length: <= 100 })
        {
            errors.Add(new("Unit:DistrictRequired"));
        }

        if (input.Bedrooms is < 0 or > 20)
        {
            errors.Add(new("Unit:BedroomsRange"));
        }

        if (input.IsShared && input.Bedrooms < 2)
        {
            errors.Add(new("Unit:SharedNeedsBedrooms"));
        }

        if (input.Floor is < -5 or > 100)
        {
            errors.Add(new("Unit:FloorRange"));
        }

        if (input.Forfait < 0)
        {
            errors.Add(new("Unit:ForfaitNegative"));
        }

        if (input.MonthlyFee < 0)
        {
            errors.Add(new("Unit:FeeNegative"));
        }

        if (input.AvailableUntil <= input.AvailableFrom)
        {
            errors.Add(new("Unit:AvailabilityOrder", input.AvailableFrom, input.AvailableUntil));
        }

        if (!Enum.IsDefined(input.Gas) || !Enum.IsDefined(input.Electricity) || !Enum.IsDefined(input.EndReason) || !Enum.IsDefined(input.Category))
        {
            errors.Add(new("Unit:ChoiceInvalid"));
        }

        CheckCertificate(input.EpcIssuedOn, input.EpcExpiresOn, "Unit:EpcOrder", errors);
        CheckCertificate(input.ConformityIssuedOn, input.ConformityExpiresOn, "Unit:ConformityOrder", errors);
        return errors;
    }

    /// <summary>Shrinking the availability may not cut a contract that already runs past the new end.</summary>
    public static IEnumerable<RuleError> ContractsOutside(UnitInput input, IEnumerable<OccupancyContract> contracts) =>
        contracts.Where(c => c.LastDay > input.AvailableUntil || c.Start < input.AvailableFrom).OrderBy(c => c.Start).Take(1)
            .Select(c => new RuleError("Unit:ContractOutsideAvailability", c.Start, c.LastDay));

    public static void Apply(UnitInput input, Unit unit)
    {
        unit.Address = Text.Clean(input.Address)!;
        unit.District = Text.Clean(input.District)!;
        (unit.HousingCompanyId, unit.TechnicalManagerId) = (input.HousingCompanyId, input.TechnicalManagerId);
        (unit.MonthlyFee, unit.Forfait) = (Money.Cents(input.MonthlyFee), Money.Cents(input.Forfait));
        (unit.Bedrooms, unit.Floor, unit.HasTerrace, unit.HasGarden) = (input.Bedrooms, input.Floor, input.HasTerrace, input.HasGarden);
        (unit.Gas, unit.Electricity) = (input.Gas, input.Electricity);
        (unit.AvailableFrom, unit.AvailableUntil, unit.EndReason) = (input.AvailableFrom, input.AvailableUntil, input.EndReason);
        (unit.Category, unit.IsReserve, unit.IsShared, unit.UnderInspection) = (input.Category, input.IsReserve, input.IsShared, input.UnderInspection);
        (unit.Epc.IssuedOn, unit.Epc.ExpiresOn) = (input.EpcIssuedOn, input.EpcExpiresOn);
        (unit.Conformity.IssuedOn, unit.Conformity.ExpiresOn) = (input.ConformityIssuedOn, input.ConformityExpiresOn);
    }

    private static void CheckCertificate(DateOnly? issued, DateOnly? expires, string key, List<RuleError> errors)
    {
        if (expires is { } e && (issued is null || e <= issued))
        {
            errors.Add(new(key, issued ?? e, e));
        }
    }
}
