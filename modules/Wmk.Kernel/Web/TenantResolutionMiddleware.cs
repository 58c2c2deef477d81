using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Localization;
using Wmk.Kernel.Localization;
using Wmk.Kernel.MultiTenancy;
using Wmk.Kernel.Security;

namespace Wmk.Kernel.Web;

/// <summary>
/// Resolves the tenant: the signed-in principal's tenant claim (checked against its memberships), then the host
/// name ({slug}.{Tenancy:HostSuffix}), then the route prefix /t/{slug}, else the host side. Unknown tenants get a
/// 404, disabled ones a 403; a header or query string never chooses the tenant.
/// </summary>
internal sealed class TenantResolutionMiddleware(RequestDelegate next, IConfiguration configuration)
{
    private readonly string? hostSuffix = configuration["Tenancy:HostSuffix"];

    public async Task InvokeAsync(HttpContext context, ICurrentTenant currentTenant, ITenantStore store, TenantCache cache,
        ITenantMembershipValidator memberships, ICurrentUser user, IStringLocalizer<KernelResource> texts)
    {
        var ct = context.RequestAborted;
        var fromUrl = ResolveSlugFromUrl(context);
        TenantInfo? tenant = null;
        if (user.IsAuthenticated && user.TenantId is { } claimed)
        {
            tenant = await cache.FindByIdAsync(store, claimed, ct);
            if (tenant is null || user.Id is not { } accountId || !await memberships.IsMemberAsync(accountId, claimed, ct))
            {
                await Refuse(context, StatusCodes.Status403Forbidden, texts["Tenant:MembershipEnded"]);
                return;
            }

            if (fromUrl is not null && !string.Equals(fromUrl, tenant.Slug, StringComparison.OrdinalIgnoreCase))
            {
                await Refuse(context, StatusCodes.Status403Forbidden, texts["Tenant:OtherOrganisation", tenant.Name]);
                return;
            }
        }
        else if (fromUrl is not null)
        {
            tenant = await cache.FindBySlugAsync(store, fromUrl, ct);
            if (tenant is null)
            {
                await Refuse(context, StatusCodes.Status404NotFound, texts["Tenant:Unknown"]);
                return;
            }
        }

        if (tenant is { IsActive: false })
        {
            await Refuse(context, StatusCodes.Status403Forbidden, texts["Tenant:Disabled", tenant.Name]);
            return;
        }

        using (tenant is null ? null : currentTenant.Change(tenant))
        using (tenant is not null && user.SeesOnlyOwnClients && user.Id is { } counsellor ? currentTenant.RestrictToCounsellor(counsellor) : null)
        {
            await next(context);
        }
    }

    private string? ResolveSlugFromUrl(HttpContext context)
    {
        if (!string.IsNullOrEmpty(hostSuffix)
            && context.Request.Host.Host.EndsWith("." + hostSuffix, StringComparison.OrdinalIgnoreCase))
        {
            return context.Request.Host.Host[..^(hostSuffix.Length + 1)];
        }

        if (!TenantPath.TrySplit(context.Request.Path, out var slug, out var rest))
        {
            return null;
        }

        context.Request.PathBase = context.Request.PathBase.Add("/t/" + slug);
        context.Request.Path = rest;
        return slug;
    }

    private static Task Refuse(HttpContext context, int status, string message) =>
        ErrorResponse.WriteAsync(context, status, message, context.RequestAborted);
}
