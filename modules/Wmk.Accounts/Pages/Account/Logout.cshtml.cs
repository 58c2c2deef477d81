using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Wmk.Accounts.Pages.Account;

internal sealed class LogoutModel : PageModel
{
    private readonly SignInManager<Domain.Account> signIn;

    public LogoutModel(SignInManager<Domain.Account> signIn) => this.signIn = signIn;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return LocalRedirect("~/");
    }
}
