using Wmk.Housing.Domain;

namespace Wmk.Housing.Features.CompanyReport;

/// <summary>
/// A housing company's use of the cap on letting outside the social rent system: the units available on the day that
/// are let to a specific target group or as emergency shelter, over its housing stock, against the tenant's percentage.
/// </summary>
internal sealed record CapUse(int CountingUnits, int HousingStock, decimal UsedPercent, decimal CapPercent, int AllowedUnits)
{
    public bool OverCap => CountingUnits * 100m > HousingStock * CapPercent;

    public static CapUse Of(IEnumerable<Unit> companyUnits, int housingStock, decimal capPercent, DateOnly day)
    {
        var counting = companyUnits.Count(u => u.Category is LettingCategory.TargetGroup or LettingCategory.EmergencyShelter
            && u.AvailableFrom <= day && day <= u.AvailableUntil);
        var used = housingStock > 0 ? Math.Round(counting * 100m / housingStock, 2, MidpointRounding.AwayFromZero) : 0m;
        var allowed = (int)Math.Floor(housingStock * capPercent / 100m);
        return new CapUse(counting, housingStock, used, capPercent, allowed);
    }
}
