using Microsoft.EntityFrameworkCore;
using Wmk.Guidance.Data;
using Wmk.Guidance.Domain;
using Wmk.Kernel.Auditing;
using Wmk.Kernel.Errors;

namespace Wmk.Guidance.Features.Stay.Residents;

/// <summary>
/// Opens a resident the current user may see (the kernel's counsellor filter: a partner counsellor only their own
/// clients); every opening is audited, a refused one (unknown, another tenant's, another counsellor's client) too.
/// </summary>
internal sealed class ResidentAccess(GuidanceDbContext db, IAuditLog audit)
{
    public const string Entity = "Resident";

    /// <summary>The resident with its candidate, tracked; <paramref name="section"/> goes into the audit details.</summary>
    public async Task<(Resident Resident, Candidate Candidate)> OpenAsync(Guid id, string section, CancellationToken ct)
    {
        var found = await db.Residents.Where(r => r.Id == id)
            .Join(db.Candidates, r => r.CandidateId, c => c.Id, (r, c) => new { Resident = r, Candidate = c })
            .SingleOrDefaultAsync(ct);
        if (found is null)
        {
            await audit.RecordAsync(AuditAction.Read, Entity, id, "refused:" + section, ct);
            throw new NotFoundException(typeof(GuidanceResource), "Stay:Resident:NotFound");
        }

        await audit.RecordAsync(AuditAction.Read, Entity, id, section, ct);
        return (found.Resident, found.Candidate);
    }

    /// <summary>Like <see cref="OpenAsync"/>, and refuses a resident who has left.</summary>
    public async Task<(Resident Resident, Candidate Candidate)> OpenActiveAsync(Guid id, string section, CancellationToken ct)
    {
        var opened = await OpenAsync(id, section, ct);
        if (opened.Resident.Status != ResidentStatus.Active)
        {
            throw new BusinessRuleException(typeof(GuidanceResource), "Stay:Resident:Left");
        }

        return opened;
    }
}
