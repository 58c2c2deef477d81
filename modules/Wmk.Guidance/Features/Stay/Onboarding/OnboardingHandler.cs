using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Wmk.Guidance.Data;
using Wmk.Guidance.Features.Stay.Residents;
using Wmk.Kernel.Errors;
using Wmk.Kernel.Localization;
using Wmk.Kernel.Rules;
using Wmk.Kernel.Security;

namespace Wmk.Guidance.Features.Stay.Onboarding;

/// <summary>A resident's onboarding checklist: list, mark done or undone.</summary>
internal sealed class OnboardingHandler(
    GuidanceDbContext db, ResidentAccess access, StayNames names, ICurrentUser user, TimeProvider clock, IStringLocalizer<GuidanceResource> texts)
{
    public async Task<IReadOnlyList<OnboardingItemView>> ListAsync(Guid residentId, CancellationToken ct)
    {
        var items = await db.OnboardingItems.AsNoTracking().Where(i => i.ResidentId == residentId).OrderBy(i => i.Kind).ToListAsync(ct);
        var who = await names.OfAsync(items.Select(i => i.DoneByAccountId), ct);
        var today = clock.Today();
        return [.. items.Select(i => OnboardingItemView.Of(i, today, who))];
    }

    public async Task<OnboardingItemView> MarkAsync(Guid residentId, Guid itemId, MarkOnboardingInput input, CancellationToken ct)
    {
        var (resident, _) = await access.OpenActiveAsync(residentId, "onboarding", ct);
        var item = await db.OnboardingItems.SingleOrDefaultAsync(i => i.Id == itemId && i.ResidentId == resident.Id, ct)
            ?? throw new NotFoundException(typeof(GuidanceResource), "Stay:Onboarding:NotFound");
        var today = clock.Today();
        var on = input.On ?? today;
        if (input.Done)
        {
            OnboardingPlan.CheckDone(on, today).ThrowIfAny(texts);
        }

        (item.DoneOn, item.DoneByAccountId) = input.Done ? (on, user.Id) : ((DateOnly?)null, (Guid?)null);
        await db.SaveChangesAsync(ct);
        return OnboardingItemView.Of(item, today, await names.OfAsync([item.DoneByAccountId], ct));
    }
}
