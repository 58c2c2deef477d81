using Microsoft.EntityFrameworkCore;
using Wmk.Guidance.Data;
using Wmk.Guidance.Domain;
using Wmk.Housing.Contracts;

namespace Wmk.Guidance.Features.Ending.Scheduler;

/// <summary>
/// Brings <see cref="Resident.ContractEnd"/> of the active residents in step with their housing contract: an extension
/// moves the end, an early termination makes its last day the end.
/// </summary>
internal sealed class ContractEndSync(GuidanceDbContext db, IOccupancy occupancy)
{
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var residents = await db.Residents.Where(r => r.Status == ResidentStatus.Active).ToListAsync(ct);
        if (residents.Count == 0)
        {
            return 0;
        }

        var contracts = (await occupancy.OfResidentsAsync([.. residents.Select(r => r.Id)], ct)).ToDictionary(c => c.ContractId);
        var changed = 0;
        foreach (var resident in residents)
        {
            if (contracts.TryGetValue(resident.ContractId, out var contract) && contract.LastDay != resident.ContractEnd)
            {
                resident.ContractEnd = contract.LastDay;
                changed++;
            }
        }

        await db.SaveChangesAsync(ct);
        return changed;
    }
}
