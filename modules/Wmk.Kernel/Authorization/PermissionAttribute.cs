using Microsoft.AspNetCore.Authorization;

namespace Wmk.Kernel.Authorization;

/// <summary>Guards a Razor page (or MVC endpoint) with a permission; the same policy guards minimal APIs.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = true)]
public sealed class PermissionAttribute(string permission) : AuthorizeAttribute(PermissionPolicies.Prefix + permission);

/// <summary>Policy names for permissions.</summary>
public static class PermissionPolicies
{
    /// <summary>Prefix of permission policies: "perm:" + permission name.</summary>
    public const string Prefix = "perm:";
}
