using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Wmk.Finance.Data;
using Wmk.Finance.Domain;
using Wmk.Housing.Contracts;
using Wmk.Kernel.Auditing;
using Wmk.Kernel.Errors;
using Wmk.Kernel.Localization;
using Wmk.Kernel.Rules;
using Wmk.Kernel.Security;

namespace Wmk.Finance.Features.Extras;

/// <summary>Extra charges on a (former) resident's contract; they enter the ledger on their day.</summary>
internal sealed class ExtraChargesHandler(
    FinanceDbContext db, IOccupancy occupancy, ICurrentUser user, IAuditLog audit, TimeProvider clock, IStringLocalizer<FinanceResource> texts)
{
    public async Task<ExtraChargeView> AddAsync(ExtraChargeInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var contract = (await occupancy.ChargeableAsync(DateOnly.MinValue, DateOnly.MaxValue, input.ContractId, ct)).SingleOrDefault()
            ?? throw new NotFoundException(typeof(FinanceResource), "Contract:NotFound");
        ExtraChargeRules.Check(input, contract.Start, clock.Today()).ThrowIfAny(texts);
        var charge = new ExtraCharge
        {
            ContractId = contract.ContractId, ResidentId = contract.ResidentId, ResidentName = contract.ResidentName, Kind = input.Kind, On = input.On,
            Amount = Money.Cents(input.Amount), Description = Text.Clean(input.Description)!, CreatedBy = user.Id, CreatedAt = clock.GetUtcNow(),
        };
        db.ExtraCharges.Add(charge);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(AuditAction.Create, nameof(ExtraCharge), charge.Id, $"contract={contract.ContractId} kind={charge.Kind}", ct);
        return ExtraChargeView.Of(charge);
    }

    /// <summary>A resident's extra charges, newest first (none for an unknown resident).</summary>
    public async Task<IReadOnlyList<ExtraChargeView>> OfResidentAsync(Guid residentId, CancellationToken ct) =>
        [.. (await db.ExtraCharges.AsNoTracking().Where(c => c.ResidentId == residentId).ToListAsync(ct))
            .OrderByDescending(c => c.On).ThenByDescending(c => c.CreatedAt).Select(ExtraChargeView.Of)];

    /// <summary>The latest extra charges of every resident (for the page), newest first.</summary>
    public async Task<IReadOnlyList<ExtraChargeView>> LatestAsync(int count, CancellationToken ct) =>
        [.. (await db.ExtraCharges.AsNoTracking().OrderByDescending(c => c.On).Take(count).ToListAsync(ct))
            .OrderByDescending(c => c.On).ThenByDescending(c => c.CreatedAt)
            .Select(ExtraChargeView.Of)];
}
