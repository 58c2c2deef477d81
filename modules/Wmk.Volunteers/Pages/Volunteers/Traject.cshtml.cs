using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Wmk.Kernel.Authorization;
using Wmk.Volunteers.Features.Duos;

namespace Wmk.Volunteers.Pages.Volunteers;

/// <summary>Staff's page of one traject: propose a volunteer, agree tasks, log contacts, end with an outcome.</summary>
[Permission(VolunteersPermissions.Manage)]
internal sealed class TrajectModel(TrajectsHandler handler, IStringLocalizerFactory localizers) : VolunteersPage(localizers)
{
    public TrajectFile Traject { get; private set; } = null!;

    public async Task OnGetAsync(Guid id, CancellationToken ct) => Traject = await handler.GetAsync(id, ct);

    public Task<IActionResult> OnPostProposeAsync(Guid id, ProposeInput input, CancellationToken ct) =>
        RunAsync(() => handler.ProposeAsync(id, input, ct), () => OnGetAsync(id, ct), RedirectToPage);

    public Task<IActionResult> OnPostTaskAsync(Guid id, TaskInput input, CancellationToken ct) =>
        RunAsync(() => handler.AddTaskAsync(id, input, ct), () => OnGetAsync(id, ct), RedirectToPage);

    public Task<IActionResult> OnPostContactAsync(Guid id, ContactInput input, CancellationToken ct) =>
        RunAsync(() => handler.AddContactAsync(id, input, ct), () => OnGetAsync(id, ct), RedirectToPage);

    public Task<IActionResult> OnPostEndAsync(Guid id, EndInput input, CancellationToken ct) =>
        RunAsync(() => handler.EndAsync(id, input, ct), () => OnGetAsync(id, ct), RedirectToPage);
}
