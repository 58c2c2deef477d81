namespace Wmk.Housing;

/// <summary>Permissions of the housing module.</summary>
public static class HousingPermissions
{
    /// <summary>See units, partners and certificates (no residents).</summary>
    public const string ViewUnits = "Housing.Units.View";

    /// <summary>Add and change units, certificates and partner organisations.</summary>
    public const string ManageUnits = "Housing.Units.Manage";

    /// <summary>See and manage occupancy contracts and the board with residents' names.</summary>
    public const string ManageContracts = "Housing.Contracts.Manage";

    /// <summary>The aggregate view per housing company (occupancy, empty days, cap); no personal data.</summary>
    public const string ViewCompanyReport = "Housing.Companies.Report";

    /// <summary>Record monthly safety inspections and meter readings of units.</summary>
    public const string RecordInspections = "Housing.Inspections.Record";

    /// <summary>Record and see key incidents of residents (with the flag for repeated incidents).</summary>
    public const string ManageKeys = "Housing.Keys.Manage";

    /// <summary>Keep the contact log with the neighbours of a building.</summary>
    public const string ManageNeighbours = "Housing.Neighbours.Manage";
}
