using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Wmk.Kernel.Authorization;
using Wmk.Volunteers.Features.Activities;
using Wmk.Volunteers.Features.Intake;

namespace Wmk.Volunteers.Pages.Volunteers;

/// <summary>A volunteer's file: sign-up, intake, invitation and hours.</summary>
[Permission(VolunteersPermissions.Manage)]
internal sealed class PersonModel(VolunteersHandler handler, ActivitiesHandler activities, IStringLocalizerFactory localizers) : VolunteersPage(localizers)
{
    public VolunteerFile Person { get; private set; } = null!;

    public async Task OnGetAsync(Guid id, CancellationToken ct) => Person = await handler.GetAsync(id, ct);

    public Task<IActionResult> OnPostIntakeAsync(Guid id, IntakeInput input, CancellationToken ct) =>
        RunAsync(() => handler.IntakeAsync(id, input, ct), () => OnGetAsync(id, ct), RedirectToPage);

    public Task<IActionResult> OnPostInviteAsync(Guid id, CancellationToken ct) =>
        RunAsync(() => handler.InviteAsync(id, ct), () => OnGetAsync(id, ct), RedirectToPage);

    public Task<IActionResult> OnPostStopAsync(Guid id, CancellationToken ct) =>
        RunAsync(() => handler.StopAsync(id, ct), () => OnGetAsync(id, ct), RedirectToPage);

    public Task<IActionResult> OnPostActivityAsync(Guid id, ActivityInput input, CancellationToken ct) =>
        RunAsync(() => activities.AddAsync(id, input, ct), () => OnGetAsync(id, ct), RedirectToPage);
}
