using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Wmk.Accounts.Pages.Account;

/// <summary>Where the cookie sends a signed-in user who lacks a permission; answers 403.</summary>
[AllowAnonymous]
internal sealed class DeniedModel : PageModel
{
    public void OnGet() => Response.StatusCode = StatusCodes.Status403Forbidden;
}
