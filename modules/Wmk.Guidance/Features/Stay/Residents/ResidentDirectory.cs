using Microsoft.EntityFrameworkCore;
using Wmk.Guidance.Contracts;
using Wmk.Guidance.Data;
using Wmk.Guidance.Domain;

namespace Wmk.Guidance.Features.Stay.Residents;

/// <summary>
/// <see cref="IResidents"/> for other modules: names, contact, counsellor and contract of residents. The counsellor
/// query filter of <see cref="Resident"/> and <see cref="Candidate"/> applies, so a partner counsellor gets only their
/// own clients.
/// </summary>
internal sealed class ResidentDirectory(GuidanceDbContext db) : IResidents
{
    public async Task<IReadOnlyList<ResidentInfo>> ListAsync(ResidentQuery query, CancellationToken cancellationToken = default)
    {
        var residents = db.Residents.AsNoTracking();
        if (query.Ids is { } ids)
        {
            var list = ids.Distinct().ToList();
            residents = residents.Where(r => list.Contains(r.Id));
        }

        if (query.ContractIds is { } contractIds)
        {
            var list = contractIds.Distinct().ToList();
            residents = residents.Where(r => list.Contains(r.ContractId));
        }

        if (query.CurrentOnly)
        {
            residents = residents.Where(r => r.Status == ResidentStatus.Active);
        }

        var rows = await residents
            .Join(db.Candidates, r => r.CandidateId, c => c.Id, (r, c) => new ResidentInfo(
                r.Id, c.Id, c.FirstName, c.LastName, c.BirthDate, c.Email, r.CounsellorAccountId, c.CounsellorName, c.CounsellorEmail,
                r.ContractId, r.UnitId, r.StartedOn, r.ContractEnd, r.LeftOn))
            .ToListAsync(cancellationToken);
        return [.. rows.OrderBy(r => r.LastName, StringComparer.CurrentCulture).ThenBy(r => r.FirstName, StringComparer.CurrentCulture)];
    }
}
