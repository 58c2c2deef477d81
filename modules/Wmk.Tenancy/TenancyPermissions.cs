namespace Wmk.Tenancy;

/// <summary>Permissions of the tenancy module.</summary>
public static class TenancyPermissions
{
    /// <summary>Host: create, disable and configure tenants.</summary>
    public const string ManageTenants = "Tenancy.Tenants.Manage";

    /// <summary>Tenant: edit the organisation's profile, branding and settings.</summary>
    public const string ManageOrganisation = "Tenancy.Organisation.Manage";
}
