namespace Wmk.Kernel.Security;

/// <summary>Claim types the platform issues in cookies and tokens.</summary>
public static class WmkClaims
{
    /// <summary>The tenant of the session or token.</summary>
    public const string Tenant = "wmk_tenant";

    /// <summary>A role inside that tenant.</summary>
    public const string Role = "wmk_role";

    /// <summary>Present ("true") for host operators.</summary>
    public const string HostAdmin = "wmk_host_admin";
}
