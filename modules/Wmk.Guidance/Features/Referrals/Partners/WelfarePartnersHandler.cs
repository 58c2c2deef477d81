using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Wmk.Guidance.Data;
using Wmk.Guidance.Domain;
using Wmk.Kernel.Errors;
using Wmk.Kernel.Rules;
using Wmk.Kernel.Settings;

namespace Wmk.Guidance.Features.Referrals.Partners;

/// <summary>Lists, adds and changes the tenant's welfare partners (the referrers) and their priority.</summary>
internal sealed class WelfarePartnersHandler(GuidanceDbContext db, ISettingProvider settings, IStringLocalizer<GuidanceResource> texts)
{
    public async Task<IReadOnlyList<WelfarePartnerView>> ListAsync(CancellationToken ct)
    {
        var cap = await DefaultCapAsync(ct);
        var rows = await db.WelfarePartners.AsNoTracking().OrderBy(p => p.Name).ToListAsync(ct);
        return [.. rows.Select(p => View(p, cap))];
    }

    public Task<WelfarePartnerView> AddAsync(WelfarePartnerInput input, CancellationToken ct) => SaveAsync(null, input, ct);

    public Task<WelfarePartnerView> UpdateAsync(Guid id, WelfarePartnerInput input, CancellationToken ct) => SaveAsync(id, input, ct);

    public Task<int> DefaultCapAsync(CancellationToken ct) => settings.GetIntAsync(GuidanceSettings.PriorityCap, ct);

    private async Task<WelfarePartnerView> SaveAsync(Guid? id, WelfarePartnerInput input, CancellationToken ct)
    {
        input.Validate().ThrowIfAny(texts);
        var row = id is null ? null : await db.WelfarePartners.SingleOrDefaultAsync(p => p.Id == id, ct)
            ?? throw new NotFoundException(typeof(GuidanceResource), "Referral:PartnerNotFound");
        if (row is null)
        {
            row = new WelfarePartner { Name = string.Empty };
            db.WelfarePartners.Add(row);
        }

        (row.Name, row.HasPriority, row.PriorityCap) = (Text.Clean(input.Name)!, input.HasPriority, input.PriorityCap);
        await db.SaveChangesAsync(ct);
        return View(row, await DefaultCapAsync(ct));
    }

    private static WelfarePartnerView View(WelfarePartner p, int defaultCap) => new(p.Id, p.Name, p.HasPriority, p.PriorityCap ?? defaultCap, p.PriorityCap);
}
