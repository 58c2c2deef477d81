using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Wmk.Housing.Data;
using Wmk.Housing.Domain;
using Wmk.Housing.Features.PartnerUsers;
using Wmk.Kernel.Errors;
using Wmk.Kernel.Rules;

namespace Wmk.Housing.Features.Units;

/// <summary>Lists, reads, adds and changes units (with their certificates); validates everything before writing.</summary>
internal sealed class UnitsHandler(HousingDbContext db, PartnerScope scope, IStringLocalizer<HousingResource> texts)
{
    public async Task<IReadOnlyList<UnitView>> ListAsync(CancellationToken ct) =>
        await Views(await scope.UnitsAsync(ct)).ToListAsync(ct);

    public async Task<UnitView> GetAsync(Guid id, CancellationToken ct) =>
        await Views((await scope.UnitsAsync(ct)).Where(u => u.Id == id)).SingleOrDefaultAsync(ct)
        ?? throw new NotFoundException(typeof(HousingResource), "Unit:NotFound");

    public async Task<UnitView> AddAsync(UnitInput input, CancellationToken ct)
    {
        await ValidateAsync(input, [], ct);
        var unit = new Unit { Address = string.Empty, District = string.Empty };
        UnitRules.Apply(input, unit);
        db.Units.Add(unit);
        await db.SaveChangesAsync(ct);
        return await GetAsync(unit.Id, ct);
    }

    public async Task<UnitView> UpdateAsync(Guid id, UnitInput input, CancellationToken ct)
    {
        var unit = await db.Units.SingleOrDefaultAsync(u => u.Id == id, ct)
            ?? throw new NotFoundException(typeof(HousingResource), "Unit:NotFound");
        if (input.ConcurrencyStamp is { } stamp && stamp != unit.ConcurrencyStamp)
        {
            throw new ConflictException(typeof(HousingResource), "Unit:Changed");
        }

        var contracts = await db.Contracts.AsNoTracking().Where(c => c.UnitId == id).ToListAsync(ct);
        await ValidateAsync(input, contracts, ct);
        UnitRules.Apply(input, unit);
        await db.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    /// <summary>Staff lift the under-inspection flag (the unit page's button), whatever the last check said.</summary>
    public async Task LiftInspectionAsync(Guid id, CancellationToken ct)
    {
        var unit = await db.Units.SingleOrDefaultAsync(u => u.Id == id, ct)
            ?? throw new NotFoundException(typeof(HousingResource), "Unit:NotFound");
        unit.UnderInspection = false;
        await db.SaveChangesAsync(ct);
    }

    private async Task ValidateAsync(UnitInput input, IReadOnlyList<OccupancyContract> contracts, CancellationToken ct)
    {
        var errors = UnitRules.Validate(input);
        errors.AddRange(UnitRules.ContractsOutside(input, contracts));
        var partners = await db.Partners.AsNoTracking()
            .Where(p => p.Id == input.HousingCompanyId || p.Id == input.TechnicalManagerId)
            .Select(p => new { p.Id, p.Kind }).ToListAsync(ct);
        if (!partners.Any(p => p.Id == input.HousingCompanyId && p.Kind == PartnerKind.HousingCompany))
        {
            errors.Add(new("Unit:HousingCompanyUnknown"));
        }

        if (!partners.Any(p => p.Id == input.TechnicalManagerId && p.Kind == PartnerKind.TechnicalManager))
        {
            errors.Add(new("Unit:TechnicalManagerUnknown"));
        }

        errors.ThrowIfAny(texts);
    }

    private IQueryable<UnitView> Views(IQueryable<Unit> units) =>
        from u in units
        join h in db.Partners on u.HousingCompanyId equals h.Id
        join t in db.Partners on u.TechnicalManagerId equals t.Id
        orderby u.District, u.Address
        select new UnitView(
            u.Id, u.Address, u.District, u.HousingCompanyId, h.Name, u.TechnicalManagerId, t.Name, u.MonthlyFee, u.Bedrooms, u.Floor,
            u.HasTerrace, u.HasGarden, u.Gas, u.Electricity, u.Forfait, u.AvailableFrom, u.AvailableUntil, u.EndReason, u.Category,
            u.IsReserve, u.IsShared, u.IsShared ? (u.Bedrooms > 1 ? u.Bedrooms : 1) : 1, u.UnderInspection,
            u.Epc.IssuedOn, u.Epc.ExpiresOn, u.Conformity.IssuedOn, u.Conformity.ExpiresOn, u.ConcurrencyStamp);
}
