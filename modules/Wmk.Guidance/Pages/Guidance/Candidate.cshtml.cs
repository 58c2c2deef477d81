using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Wmk.Guidance.Features.Referrals.CandidateFile;
using Wmk.Guidance.Features.Referrals.Status;
using Wmk.Kernel.Authorization;

namespace Wmk.Guidance.Pages.Guidance;

/// <summary>A candidate's file (every opening audited) with the staff's waiting-list decisions.</summary>
[Permission(GuidancePermissions.ViewCandidates)]
internal sealed class CandidateModel(
    CandidateFileHandler file, ChangeStatusHandler status, IPermissionChecker permissions, IStringLocalizerFactory localizers) : GuidancePage(localizers)
{
    public CandidateView Candidate { get; private set; } = null!;

    public bool CanManage { get; private set; }

    /// <summary>True when the reader may start an accepted candidate on a free place.</summary>
    public bool CanStart { get; private set; }

    public async Task OnGetAsync(Guid id, CancellationToken ct)
    {
        Candidate = await file.GetAsync(id, ct);
        CanManage = await permissions.IsGrantedAsync(GuidancePermissions.ManageCandidates, ct);
        CanStart = await permissions.IsGrantedAsync(GuidancePermissions.ManageResidents, ct);
    }

    public async Task<IActionResult> OnPostStatusAsync(Guid id, StatusInput input, CancellationToken ct)
    {
        if (!await permissions.IsGrantedAsync(GuidancePermissions.ManageCandidates, ct))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        return await RunAsync(() => status.ChangeAsync(id, input, ct), () => OnGetAsync(id, ct), () => RedirectToPage());
    }
}
