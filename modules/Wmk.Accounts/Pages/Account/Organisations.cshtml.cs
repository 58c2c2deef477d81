using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Wmk.Accounts.Features.ChooseOrganisation;

namespace Wmk.Accounts.Pages.Account;

/// <summary>The organisation picker after sign-in and the organisation switcher ("Organisatie wisselen").</summary>
[Authorize]
internal sealed class OrganisationsModel(OrganisationsHandler handler, IStringLocalizer<AccountsResource> texts) : PageModel
{
    public IReadOnlyList<OrganisationChoice> Choices { get; private set; } = [];

    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Choices = await handler.ListAsync(User, ct);

    public async Task<IActionResult> OnPostAsync(Guid tenantId, CancellationToken ct)
    {
        if (await handler.SwitchAsync(User, tenantId, ct) is { } target)
        {
            return Redirect($"/t/{target.Slug}/" + (target.SetUpTwoFactor ? "account/two-factor" : string.Empty));
        }

        Response.StatusCode = StatusCodes.Status403Forbidden;
        Error = texts["Organisations:NotMember"];
        await OnGetAsync(ct);
        return Page();
    }
}
