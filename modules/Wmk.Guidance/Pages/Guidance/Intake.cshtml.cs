using Microsoft.Extensions.Localization;
using Wmk.Guidance.Features.Intake.Conversations;
using Wmk.Kernel.Authorization;

namespace Wmk.Guidance.Pages.Guidance;

/// <summary>A candidate's intake: staff see everything, a partner counsellor the outcomes of their own client.</summary>
[Permission(GuidancePermissions.ViewCandidates)]
internal sealed class IntakeModel(IntakeHandler intake, IStringLocalizerFactory localizers) : GuidancePage(localizers)
{
    public IntakeView Intake { get; private set; } = null!;

    public async Task OnGetAsync(Guid id, CancellationToken ct) => Intake = await intake.GetAsync(id, ct);
}
