using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Wmk.Guidance.Domain;
using Wmk.Guidance.Features.Intake.Matching;
using Wmk.Guidance.Features.Intake.Staff;
using Wmk.Kernel.Authorization;
using Wmk.Kernel.Localization;

namespace Wmk.Guidance.Pages.Guidance;

/// <summary>A proposal for shared housing: the meeting, who attended (staff by e-mail), the outcome and the agreements.</summary>
[Permission(GuidancePermissions.ManageIntake)]
internal sealed class MatchModel(MatchesHandler matches, StaffDirectory staff, TimeProvider clock, IStringLocalizerFactory localizers)
    : GuidancePage(localizers)
{
    public MatchView Match { get; private set; } = null!;

    public DateOnly Today => clock.Today();

    public async Task OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct);

    public Task<IActionResult> OnPostAsync(
        Guid id, DateOnly meetingOn, bool firstCandidateAttended, bool secondCandidateAttended, bool firstCounsellorAttended,
        bool secondCounsellorAttended, string? staffEmails, MatchStatus outcome, string? reason, string? agreements, CancellationToken ct) =>
        RunAsync(
            async () => await matches.RecordMeetingAsync(id, new MatchMeetingInput(
                meetingOn, firstCandidateAttended, secondCandidateAttended, firstCounsellorAttended, secondCounsellorAttended,
                await StaffAsync(staffEmails, ct), outcome, reason, agreements), ct),
            () => LoadAsync(id, ct),
            () => RedirectToPage());

    private async Task<IReadOnlyList<Guid>> StaffAsync(string? emails, CancellationToken ct)
    {
        var ids = new List<Guid>();
        foreach (var email in (emails ?? string.Empty).Split([',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            ids.Add(await staff.ByEmailAsync(email, ct) ?? Guid.Empty);
        }

        return ids;
    }

    private async Task LoadAsync(Guid id, CancellationToken ct) => Match = await matches.GetAsync(id, ct);
}
