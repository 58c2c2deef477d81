using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Wmk.Guidance.Contracts;
using Wmk.Kernel.Authorization;
using Wmk.Volunteers.Features.Duos;

namespace Wmk.Volunteers.Pages.Volunteers;

/// <summary>The duo-trajects and a new request for a resident.</summary>
[Permission(VolunteersPermissions.Manage)]
internal sealed class TrajectsModel(TrajectsHandler handler, IStringLocalizerFactory localizers) : VolunteersPage(localizers)
{
    public IReadOnlyList<TrajectRow> Trajects { get; private set; } = [];

    public IReadOnlyList<ResidentInfo> Residents { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Trajects = await handler.ListAsync(ct);
        Residents = await handler.ResidentsAsync(ct);
    }

    public Task<IActionResult> OnPostAsync(RequestInput input, CancellationToken ct)
    {
        var id = Guid.Empty;
        return RunAsync(async () => id = await handler.RequestAsync(input, ct), () => OnGetAsync(ct), () => RedirectToPage("Traject", new { id }));
    }
}
