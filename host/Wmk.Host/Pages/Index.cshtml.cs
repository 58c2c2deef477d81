using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Wmk.Kernel.MultiTenancy;
using Wmk.Kernel.Navigation;
using Wmk.Kernel.Security;

namespace Wmk.Host.Pages;

[AllowAnonymous]
internal sealed class IndexModel(MenuProvider menus, IBrandingProvider branding, ICurrentUser user, IStringLocalizer<HostResource> texts)
    : PageModel
{
    public string Heading { get; private set; } = string.Empty;

    public bool SignedIn => user.IsAuthenticated;

    public IReadOnlyList<MenuEntry> Menu { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Heading = texts["Home:Welcome", (await branding.GetAsync(ct)).Name];
        Menu = [.. await menus.GetAsync(MenuArea.Tenant, ct), .. await menus.GetAsync(MenuArea.TenantAdmin, ct), .. await menus.GetAsync(MenuArea.Host, ct)];
    }
}
