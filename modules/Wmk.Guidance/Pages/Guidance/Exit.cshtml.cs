using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Wmk.Guidance.Features.Ending.Exit;
using Wmk.Kernel.Authorization;

namespace Wmk.Guidance.Pages.Guidance;

[Permission(GuidancePermissions.ManageResidents)]
internal sealed class ExitModel(ExitHandler exits, IStringLocalizerFactory localizers) : GuidancePage(localizers)
{
    public ExitView View { get; private set; } = null!;

    public async Task OnGetAsync(Guid id, CancellationToken ct) => View = await exits.GetAsync(id, ct);

    /// <summary>The form's aftercare date fields may stay empty; the handler gets the filled ones.</summary>
    public Task<IActionResult> OnPostAsync(Guid id, ExitInput input, [FromForm] DateOnly?[]? aftercare, CancellationToken ct) =>
        RunAsync(() => exits.RecordAsync(id, input with { AftercareContacts = [.. (aftercare ?? []).OfType<DateOnly>()] }, ct),
            () => OnGetAsync(id, ct), RedirectToPage);
}
