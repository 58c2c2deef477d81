using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Wmk.Kernel.Errors;

namespace Wmk.Kernel.Web;

/// <summary>
/// A module page that runs a handler from a form post and shows its messages on the page instead of a problem
/// response; <paramref name="resource"/> holds the module's <c>Form:Invalid</c> text.
/// </summary>
public abstract class WmkFormPage(IStringLocalizerFactory localizers, Type resource) : PageModel
{
    public IReadOnlyList<string> Errors { get; private set; } = [];

    protected IStringLocalizerFactory Localizers => localizers;

    protected async Task<IActionResult> RunAsync(Func<Task> change, Func<Task> reload, Func<IActionResult> done)
    {
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(reload);
        ArgumentNullException.ThrowIfNull(done);
        if (!ModelState.IsValid)
        {
            Errors = [localizers.Create(resource)["Form:Invalid"]];
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
