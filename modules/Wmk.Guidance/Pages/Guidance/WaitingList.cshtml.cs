using Microsoft.Extensions.Localization;
using Wmk.Guidance.Features.Referrals.WaitingList;
using Wmk.Kernel.Authorization;
using Wmk.Kernel.Security;

namespace Wmk.Guidance.Pages.Guidance;

[Permission(GuidancePermissions.ViewCandidates)]
internal sealed class WaitingListModel(WaitingListHandler handler, IPermissionChecker permissions, ICurrentUser user, IStringLocalizerFactory localizers)
    : GuidancePage(localizers)
{
    public WaitingListView List { get; private set; } = new(0, []);

    public bool CanRefer { get; private set; }

    /// <summary>The accepted candidates waiting for their start.</summary>
    public IReadOnlyList<AcceptedRow> Accepted { get; private set; } = [];

    public bool CanStart { get; private set; }

    public bool AsCounsellor => user.SeesOnlyOwnClients;

    public async Task OnGetAsync(CancellationToken ct)
    {
        List = await handler.GetAsync(ct);
        CanRefer = await permissions.IsGrantedAsync(GuidancePermissions.Refer, ct);
        Accepted = await handler.AcceptedAsync(ct);
        CanStart = await permissions.IsGrantedAsync(GuidancePermissions.ManageResidents, ct);
    }
}
