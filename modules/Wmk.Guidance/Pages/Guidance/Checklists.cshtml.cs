using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Wmk.Guidance.Domain;
using Wmk.Guidance.Features.Intake.Checklists;
using Wmk.Kernel.Authorization;

namespace Wmk.Guidance.Pages.Guidance;

[Permission(GuidancePermissions.ConfigureChecklists)]
internal sealed class ChecklistsModel(ChecklistsHandler checklists, IStringLocalizerFactory localizers) : GuidancePage(localizers)
{
    public IReadOnlyList<ChecklistView> Checklists { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public Task<IActionResult> OnPostAddAsync(ChecklistKind kind, string? text, CancellationToken ct) =>
        RunAsync(() => checklists.AddAsync(kind, new ChecklistItemInput(text), ct), () => LoadAsync(ct), () => RedirectToPage());

    public Task<IActionResult> OnPostUpdateAsync(Guid id, string? text, bool active, CancellationToken ct) =>
        RunAsync(() => checklists.UpdateAsync(id, new ChecklistItemUpdate(text, active), ct), () => LoadAsync(ct), () => RedirectToPage());

    public Task<IActionResult> OnPostMoveAsync(Guid id, int step, CancellationToken ct) =>
        RunAsync(() => checklists.MoveAsync(id, step, ct), () => LoadAsync(ct), () => RedirectToPage());

    private async Task LoadAsync(CancellationToken ct) => Checklists = await checklists.ListAsync(ct);
}
