using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Wmk.Guidance.Features.Stay.Onboarding;
using Wmk.Guidance.Features.Stay.Residents;
using Wmk.Kernel.Authorization;

namespace Wmk.Guidance.Pages.Guidance.Residents;

[Permission(GuidancePermissions.ManageResidents)]
internal sealed class OnboardingModel(ResidentAccess access, OnboardingHandler onboarding, IStringLocalizerFactory localizers) : GuidancePage(localizers)
{
    public string Name { get; private set; } = string.Empty;

    public IReadOnlyList<OnboardingItemView> Items { get; private set; } = [];

    public async Task OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct);

    public Task<IActionResult> OnPostAsync(Guid id, Guid itemId, bool done, DateOnly? on, CancellationToken ct) =>
        RunAsync(() => onboarding.MarkAsync(id, itemId, new MarkOnboardingInput(done, on), ct), () => LoadAsync(id, ct), RedirectToPage);

    private async Task LoadAsync(Guid id, CancellationToken ct)
    {
        Name = (await access.OpenAsync(id, "onboarding", ct)).Candidate.FullName;
        Items = await onboarding.ListAsync(id, ct);
    }
}
