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
        var residents = await db.Residents.AsNoTracking().Where(r => r.Status == ResidentStatus.Active)
            .Select(r => new { r.Id, r.ContractId, r.ContractEnd }).ToListAsync(ct);
        if (residents.Count == 0)
        {
            return 0;
        }

        var contracts = (await occupancy.OfResidentsAsync([.. residents.Select(r => r.Id)], ct)).ToDictionary(c => c.ContractId);
        var moved = residents
            .Where(r => contracts.TryGetValue(r.ContractId, out var contract) && contract.LastDay != r.ContractEnd)
            .ToDictionary(r => r.Id, r => contracts[r.ContractId].LastDay);
        if (moved.Count == 0)
        {
            return 0; // the usual day: nothing tracked, nothing saved
        }

        var ids = moved.Keys.ToList();
        foreach (var resident in await db.Residents.Where(r => ids.Contains(r.Id)).ToListAsync(ct))
        {
            resident.ContractEnd = moved[resident.Id];
        }

        await db.SaveChangesAsync(ct);
        return moved.Count;
    }
}
