using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Wmk.Housing.Data;
using Wmk.Housing.Domain;
using Wmk.Housing.Features.PartnerUsers;
using Wmk.Housing.Features.Shared;
using Wmk.Kernel.Errors;
using Wmk.Kernel.Localization;
using Wmk.Kernel.Rules;
using Wmk.Kernel.Settings;

namespace Wmk.Housing.Features.Contracts;

/// <summary>Starts, extends and terminates occupancy contracts under <see cref="OccupancyRules"/>.</summary>
internal sealed class ContractsHandler(
    HousingDbContext db, PartnerScope scope, ISettingProvider settings, TimeProvider clock, IStringLocalizer<HousingResource> texts)
{
    public async Task<IReadOnlyList<ContractView>> ListForUnitAsync(Guid unitId, CancellationToken ct)
    {
        await FindUnitAsync(unitId, ct);
        var today = clock.Today();
        var rows = await db.Contracts.AsNoTracking().Where(c => c.UnitId == unitId).OrderBy(c => c.Start).ThenBy(c => c.Place).ToListAsync(ct);
        return [.. rows.Select(c => ContractView.Of(c, today) with { ResidentName = scope.ResidentName(c.ResidentName) })];
    }

    public async Task<ContractView> StartAsync(StartContractInput input, CancellationToken ct)
    {
        await using var transaction = await PlaceGuard.BeginAsync(db, ct);
        var unit = await FindUnitAsync(input.UnitId, ct);
        var name = Text.Clean(input.ResidentName);
        if (name is not { Length: <= 200 })
        {
            new List<RuleError> { new("Contract:ResidentNameRequired") }.ThrowIfAny(texts);
        }

        var months = await settings.GetIntAsync(HousingSettings.ContractMonths, ct);
        var end = input.End ?? input.Start.AddMonths(months).AddDays(-1);
        var residentId = input.ResidentId ?? Guid.NewGuid();
        var existing = await db.Contracts.AsNoTracking().Where(c => c.UnitId == unit.Id || c.ResidentId == residentId).ToListAsync(ct);
        var place = input.Place ?? OccupancyRules.FreePlace(unit, input.Start, end, existing.Where(c => c.UnitId == unit.Id)) ?? 1;
        var contract = new OccupancyContract
        {
            UnitId = unit.Id, Place = place, ResidentId = residentId, ResidentName = name!, Start = input.Start, End = end,
        };
        var relevant = existing.Where(c => (c.UnitId == unit.Id && c.Place == place) || c.ResidentId == residentId);
        OccupancyRules.CheckNew(unit, contract, relevant).ThrowIfAny(texts);
        db.Contracts.Add(contract);
        await PlaceGuard.SaveAsync(db, transaction, ct);
        return ContractView.Of(contract, clock.Today());
    }

    public async Task<ContractView> ExtendAsync(Guid id, ExtendContractInput input, CancellationToken ct)
    {
        await using var transaction = await PlaceGuard.BeginAsync(db, ct);
        var (contract, unit, others) = await LoadAsync(id, input.ConcurrencyStamp, ct);
        OccupancyRules.CheckExtension(unit, contract, input.NewEnd, input.Reason, others).ThrowIfAny(texts);
        (contract.End, contract.ExtensionReason) = (input.NewEnd, Text.Clean(input.Reason));
        await PlaceGuard.SaveAsync(db, transaction, ct);
        return ContractView.Of(contract, clock.Today());
    }

    public async Task<ContractView> TerminateAsync(Guid id, TerminateContractInput input, CancellationToken ct)
    {
        var (contract, _, _) = await LoadAsync(id, input.ConcurrencyStamp, ct);
        OccupancyRules.CheckTermination(contract, input.LastDay, input.Reason).ThrowIfAny(texts);
        (contract.TerminatedOn, contract.TerminationReason) = (input.LastDay, Text.Clean(input.Reason));
        await db.SaveChangesAsync(ct);
        return ContractView.Of(contract, clock.Today());
    }

    private async Task<(OccupancyContract Contract, Unit Unit, List<OccupancyContract> Others)> LoadAsync(Guid id, Guid stamp, CancellationToken ct)
    {
        var contract = await db.Contracts.SingleOrDefaultAsync(c => c.Id == id, ct)
            ?? throw new NotFoundException(typeof(HousingResource), "Contract:NotFound");
        if (contract.ConcurrencyStamp != stamp)
        {
            throw new ConflictException(typeof(HousingResource), "Contract:Changed");
        }

        var unit = await FindUnitAsync(contract.UnitId, ct);
        var others = await db.Contracts.AsNoTracking()
            .Where(c => c.Id != id && ((c.UnitId == contract.UnitId && c.Place == contract.Place) || c.ResidentId == contract.ResidentId))
            .ToListAsync(ct);
        return (contract, unit, others);
    }

    private async Task<Unit> FindUnitAsync(Guid id, CancellationToken ct) =>
        await (await scope.UnitsAsync(ct)).SingleOrDefaultAsync(u => u.Id == id, ct)
        ?? throw new NotFoundException(typeof(HousingResource), "Unit:NotFound");
}
