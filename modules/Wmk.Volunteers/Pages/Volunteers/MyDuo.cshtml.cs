using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Wmk.Kernel.Authorization;
using Wmk.Volunteers.Features.Duos;

namespace Wmk.Volunteers.Pages.Volunteers;

/// <summary>A volunteer's own duo (or open proposal): first name, contact, tasks, contact log. Anyone else's is a 404.</summary>
[Permission(VolunteersPermissions.OwnDuos)]
internal sealed class MyDuoModel(MyDuosHandler handler, IStringLocalizerFactory localizers) : VolunteersPage(localizers)
{
    public DuoView Duo { get; private set; } = null!;

    public async Task OnGetAsync(Guid id, CancellationToken ct) => Duo = await handler.GetAsync(id, ct);

    public Task<IActionResult> OnPostAnswerAsync(Guid id, Guid proposalId, bool accept, CancellationToken ct) =>
        RunAsync(() => handler.AnswerAsync(proposalId, new AnswerInput(accept), ct), () => OnGetAsync(id, ct), RedirectToPage);

    public Task<IActionResult> OnPostContactAsync(Guid id, ContactInput input, CancellationToken ct) =>
        RunAsync(() => handler.AddContactAsync(id, input, ct), () => OnGetAsync(id, ct), RedirectToPage);
}
