using Wmk.Guidance.Features.Stay.Residents;
using Wmk.Kernel.Authorization;

namespace Wmk.Guidance.Pages.Guidance.Residents;

[Permission(GuidancePermissions.ViewResidents)]
internal sealed class FileModel(ResidentsHandler residents) : Microsoft.AspNetCore.Mvc.RazorPages.PageModel
{
    public ResidentFileView Resident { get; private set; } = null!;

    public async Task OnGetAsync(Guid id, CancellationToken ct) => Resident = await residents.FileAsync(id, ct);
}
