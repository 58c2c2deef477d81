namespace Wmk.Kernel.Security;

/// <summary>The roles every tenant gets; a tenant admin changes their grants, not their names.</summary>
public static class WmkRoles
{
    public const string Coordinator = "coordinator";
    public const string Staff = "staff";
    public const string GroupWorker = "group-worker";
    public const string Finance = "finance";
    public const string PartnerCounsellor = "partner-counsellor";
    public const string TechnicalManager = "technical-manager";
    public const string HousingCompany = "housing-company";
    public const string Volunteer = "volunteer";

    /// <summary>The organisation's own staff: they see every client of the tenant (within their permissions).</summary>
    public static readonly IReadOnlySet<string> StaffRoles = new HashSet<string>([Coordinator, Staff, GroupWorker, Finance], StringComparer.Ordinal);

    /// <summary>All default roles.</summary>
    public static readonly IReadOnlyList<string> All =
        [Coordinator, Staff, GroupWorker, Finance, PartnerCounsellor, TechnicalManager, HousingCompany, Volunteer];
}
