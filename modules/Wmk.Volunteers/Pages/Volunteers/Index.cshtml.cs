using Microsoft.AspNetCore.Mvc.RazorPages;
using Wmk.Kernel.Authorization;
using Wmk.Kernel.MultiTenancy;
using Wmk.Volunteers.Features.Intake;

namespace Wmk.Volunteers.Pages.Volunteers;

[Permission(VolunteersPermissions.Manage)]
internal sealed class IndexModel(VolunteersHandler handler, ICurrentTenant tenant) : PageModel
{
    public string SignUpPath => $"/t/{tenant.Slug}/volunteers/sign-up";

    public IReadOnlyList<VolunteerRow> Volunteers { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Volunteers = await handler.ListAsync(ct);
}
