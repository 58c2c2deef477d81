using Microsoft.AspNetCore.Builder;

namespace Wmk.Kernel.Authorization;

/// <summary>Guards minimal-API endpoints with a permission, through the same policy as pages.</summary>
public static class EndpointPermissionExtensions
{
    /// <summary>Requires the permission.</summary>
    public static TBuilder RequirePermission<TBuilder>(this TBuilder builder, string permission)
        where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(PermissionPolicies.Prefix + permission);
}
