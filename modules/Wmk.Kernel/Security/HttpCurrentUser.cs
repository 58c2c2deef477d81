using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace Wmk.Kernel.Security;

internal sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    private ClaimsPrincipal? Principal => accessor.HttpContext?.User;

    public Guid? Id => Guid.TryParse(Principal?.FindFirstValue(ClaimTypes.NameIdentifier) ?? Principal?.FindFirstValue("sub"), out var id)
        ? id
        : null;

    public bool IsAuthenticated => Principal?.Identity?.IsAuthenticated == true;

    public bool IsHostAdmin => IsAuthenticated && Principal!.HasClaim(WmkClaims.HostAdmin, "true");

    public Guid? TenantId => Guid.TryParse(Principal?.FindFirstValue(WmkClaims.Tenant), out var id) ? id : null;

    public IReadOnlyList<string> Roles => Principal?.FindAll(WmkClaims.Role).Select(c => c.Value).ToList() ?? [];
}
