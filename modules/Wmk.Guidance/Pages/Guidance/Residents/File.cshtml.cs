using Wmk.Guidance.Features.Stay.Residents;
using Wmk.Kernel.Authorization;

namespace Wmk.Guidance.Pages.Guidance.Residents;

[Permission(GuidancePermissions.ViewResidents)]
internal sealed class FileModel(ResidentsHandler residents, IPermissionChecker permissions) : Microsoft.AspNetCore.Mvc.RazorPages.PageModel
{
    public ResidentFileView Resident { get; private set; } = null!;

    /// <summary>True when the reader handles the contract end (notices, registered letter, exit).</summary>
    public bool CanManage { get; private set; }

    public async Task OnGetAsync(Guid id, CancellationToken ct)
    {
        Resident = await residents.FileAsync(id, ct);
        CanManage = await permissions.IsGrantedAsync(GuidancePermissions.ManageResidents, ct);
    }
}
