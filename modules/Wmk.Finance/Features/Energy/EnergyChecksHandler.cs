using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Wmk.Finance.Data;
using Wmk.Finance.Domain;
using Wmk.Guidance.Contracts;
using Wmk.Housing.Contracts;
using Wmk.Kernel.Auditing;
using Wmk.Kernel.Errors;
using Wmk.Kernel.Localization;
using Wmk.Kernel.Rules;
using Wmk.Kernel.Security;

namespace Wmk.Finance.Features.Energy;

/// <summary>
/// The energy checks of a solo resident (domain.md, Energy): in month 1 and in month 2 of the stay someone checks that
/// the energy contract was transferred to the resident's name. A check falls due on the last day of that month of the
/// stay (<see cref="EnergyRules.CheckDue"/>), stays open until marked done here, and is dropped when the contract ended
/// before it fell due or when it is more than <see cref="Horizon"/> months old (the guidance task then closes).
/// </summary>
internal sealed class EnergyChecksHandler(
    FinanceDbContext db, IOccupancy occupancy, ICurrentUser user, IAuditLog audit, TimeProvider clock, IStringLocalizer<FinanceResource> texts)
{
    public const int Horizon = 4;

    /// <summary>The open checks due on or before <paramref name="until"/> of solo contracts started in the <see cref="Horizon"/> months before.</summary>
    public async Task<IReadOnlyList<EnergyCheckView>> OpenAsync(DateOnly until, CancellationToken ct)
    {
        var since = until.AddMonths(-Horizon);
        var solo = (await occupancy.ChargeableAsync(since, until, null, ct)).Where(c => !c.Unit.Shared && c.Start >= since).ToList();
        if (solo.Count == 0)
        {
            return [];
        }

        var ids = solo.Select(c => c.ContractId).ToList();
        var done = (await db.EnergyChecks.AsNoTracking().Where(c => ids.Contains(c.ContractId)).Select(c => new { c.ContractId, c.Number }).ToListAsync(ct))
            .Select(c => (c.ContractId, c.Number)).ToHashSet();
        return
        [
            .. solo.SelectMany(c => new[] { 1, 2 }.Select(n => (Contract: c, Number: n, Due: EnergyRules.CheckDue(c.Start, n))))
                .Where(x => x.Due <= until && x.Contract.LastDay >= x.Due && !done.Contains((x.Contract.ContractId, x.Number)))
                .OrderBy(x => x.Due).ThenBy(x => x.Contract.ResidentName, StringComparer.CurrentCulture)
                .Select(x => new EnergyCheckView(x.Contract.ContractId, x.Contract.ResidentId, x.Contract.ResidentName, x.Contract.Unit.Address, x.Number, x.Due)),
        ];
    }

    /// <summary>Marks an open check done (a check not open for that contract is a 404; done twice a 409).</summary>
    public async Task DoneAsync(EnergyCheckInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var today = clock.Today();
        if (input.Number is not (1 or 2))
        {
            new List<RuleError> { new("Energy:CheckNumber") }.ThrowIfAny(texts);
        }

        var contract = (await occupancy.ChargeableAsync(DateOnly.MinValue, DateOnly.MaxValue, input.ContractId, ct)).SingleOrDefault(c => !c.Unit.Shared)
            ?? throw new NotFoundException(typeof(FinanceResource), "Contract:NotFound");
        db.EnergyChecks.Add(new EnergyCheck
        {
            ContractId = contract.ContractId, ResidentId = contract.ResidentId, Number = input.Number, Transferred = input.Transferred, DoneOn = today, DoneBy = user.Id,
        });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            throw new ConflictException(typeof(FinanceResource), "Energy:CheckDone");
        }

        await audit.RecordAsync(AuditAction.Create, nameof(EnergyCheck), contract.ContractId, $"check={input.Number} transferred={input.Transferred}", ct);
    }
}

/// <summary>The open energy checks as guidance tasks ("Finance.EnergyCheck1" / "Finance.EnergyCheck2", subject the housing contract).</summary>
internal sealed class EnergyChecksDueWork(EnergyChecksHandler checks, IResidents residents) : IDueWorkSource
{
    public async Task<IReadOnlyList<DueWork>> DueAsync(DateOnly until, CancellationToken cancellationToken)
    {
        var open = await checks.OpenAsync(until, cancellationToken);
        if (open.Count == 0)
        {
            return [];
        }

        var known = (await residents.ListAsync(new ResidentQuery(ContractIds: [.. open.Select(c => c.ContractId).Distinct()]), cancellationToken))
            .ToDictionary(r => r.ContractId);
        return
        [
            .. open.Where(c => known.ContainsKey(c.ContractId)).Select(c =>
                new DueWork("Finance.EnergyCheck" + c.Number, c.ContractId, known[c.ContractId].CandidateId, known[c.ContractId].ResidentId,
                    known[c.ContractId].CounsellorAccountId, c.DueOn)),
        ];
    }
}
