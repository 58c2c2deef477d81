namespace Wmk.Housing;

internal static class HousingSettings
{
    /// <summary>Default length of an occupancy contract in months.</summary>
    public const string ContractMonths = "Housing.ContractMonths";

    /// <summary>Share of a housing company's stock that may be let to a target group or as emergency shelter (percent).</summary>
    public const string CapPercent = "Housing.CapPercent";
}
