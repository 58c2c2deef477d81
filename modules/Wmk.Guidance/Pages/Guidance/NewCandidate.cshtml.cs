using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Wmk.Guidance.Features.Referrals.Partners;
using Wmk.Guidance.Features.Referrals.Refer;
using Wmk.Kernel.Authorization;
using Wmk.Kernel.Security;

namespace Wmk.Guidance.Pages.Guidance;

/// <summary>The referral form; a duplicate lets staff link to the other candidate or confirm another person.</summary>
[Permission(GuidancePermissions.Refer)]
internal sealed class NewCandidateModel(ReferHandler handler, WelfarePartnersHandler partners, ICurrentUser user, IStringLocalizerFactory localizers)
    : GuidancePage(localizers)
{
    public IReadOnlyList<WelfarePartnerView> Partners { get; private set; } = [];

    public bool AsCounsellor => user.SeesOnlyOwnClients;

    public ReferralInput? Input { get; private set; }

    /// <summary>The active candidate this referral duplicates (staff only).</summary>
    public Guid? DuplicateOf { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Partners = await partners.ListAsync(ct);

    public Task<IActionResult> OnPostAsync(ReferralInput input, CancellationToken ct)
    {
        Input = input;
        Guid id = default;
        return RunAsync(async () =>
        {
            try
            {
                id = (await handler.ReferAsync(input, ct)).Id;
            }
            catch (DuplicateReferralException duplicate)
            {
                DuplicateOf = duplicate.CandidateId;
                throw;
            }
        }, () => OnGetAsync(ct), () => Redirect($"/guidance/candidates/{id}"));
    }
}
