using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Wmk.Kernel.Errors;

namespace Wmk.Housing.Pages.Housing;

/// <summary>Runs a handler from a form post and shows its messages on the page instead of a problem response.</summary>
internal abstract class HousingPage(IStringLocalizerFactory localizers) : PageModel
{
    public IReadOnlyList<string> Errors { get; private set; } = [];

    protected async Task<IActionResult> RunAsync(Func<Task> change, Func<Task> reload, Func<IActionResult> done)
    {
        if (!ModelState.IsValid)
        {
            Errors = [localizers.Create(typeof(HousingResource))["Form:Invalid"]];
            await reload();
            return Page();
        }

        try
        {
            await change();
            return done();
        }
        catch (Exception ex) when (ErrorMessages.For(ex, localizers) is { } messages)
        {
            Errors = messages;
            await reload();
            return Page();
        }
    }
}
