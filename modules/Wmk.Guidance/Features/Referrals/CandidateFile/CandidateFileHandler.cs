using Microsoft.EntityFrameworkCore;
using Wmk.Guidance.Data;
using Wmk.Guidance.Features.Referrals.WaitingList;
using Wmk.Kernel.Auditing;
using Wmk.Kernel.Errors;
using Wmk.Kernel.Security;

namespace Wmk.Guidance.Features.Referrals.CandidateFile;

/// <summary>
/// Opens a candidate's file. Every opening is audited, a refused one too (an unknown id, another tenant's, or another
/// counsellor's client, which the counsellor filter hides: all the same 404).
/// </summary>
internal sealed class CandidateFileHandler(GuidanceDbContext db, ICurrentUser user, WaitingListHandler waitingList, IAuditLog audit)
{
    public async Task<CandidateView> GetAsync(Guid id, CancellationToken ct)
    {
        var c = await db.Candidates.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct);
        if (c is null)
        {
            await audit.RecordAsync(AuditAction.Read, "Candidate", id, "Refused: not found", ct);
            throw new NotFoundException(typeof(GuidanceResource), "Referral:CandidateNotFound");
        }

        await audit.RecordAsync(AuditAction.Read, "Candidate", id, cancellationToken: ct);
        var partner = c.WelfarePartnerId is { } p ? await db.WelfarePartners.Where(w => w.Id == p).Select(w => w.Name).SingleOrDefaultAsync(ct) : null;
        var history = (await db.CandidateStatusChanges.AsNoTracking().Where(s => s.CandidateId == id).ToListAsync(ct))
            .OrderBy(s => s.At).Select(s => new StatusStep(s.On, s.From, s.To, s.Reason)).ToList();
        var position = await waitingList.PositionOfAsync(id, ct);
        return new CandidateView(c.Id, c.FirstName, c.LastName, c.BirthDate, c.Gender, c.WelfarePartnerId, partner, c.CounsellorName,
            c.CounsellorEmail, c.CounsellorPhone, c.CounsellorAccountId is not null, c.Preference, c.GuidanceStartedOn, c.ReferredOn, c.ExpectedStartOn,
            c.SharedNotes, c.Status, c.StatusReason, c.StatusChangedOn, user.SeesOnlyOwnClients ? null : c.LinkedCandidateId, position,
            c.ConcurrencyStamp, history);
    }
}
