using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Wmk.Guidance.Features.Intake.Matching;
using Wmk.Kernel.Authorization;

namespace Wmk.Guidance.Pages.Guidance;

[Permission(GuidancePermissions.ManageIntake)]
internal sealed class MatchesModel(MatchesHandler matches, IStringLocalizerFactory localizers) : GuidancePage(localizers)
{
    public IReadOnlyList<MatchView> Matches { get; private set; } = [];

    public MatchOptions Options { get; private set; } = new([], []);

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public Task<IActionResult> OnPostAsync(MatchProposalInput input, CancellationToken ct)
    {
        MatchView? made = null;
        return RunAsync(async () => made = await matches.ProposeAsync(input, ct), () => LoadAsync(ct), () => Redirect($"/guidance/matches/{made!.Id}"));
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Matches = await matches.ListAsync(ct);
        Options = await matches.OptionsAsync(ct);
    }
}
