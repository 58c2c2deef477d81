using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Wmk.Guidance.Data;
using Wmk.Guidance.Domain;
using Wmk.Kernel.Auditing;
using Wmk.Kernel.Errors;
using Wmk.Kernel.Localization;
using Wmk.Kernel.Rules;
using Wmk.Kernel.Security;

namespace Wmk.Guidance.Features.Referrals.Status;

internal sealed record StatusResult(Guid Id, CandidateStatus Status, string? Reason, Guid ConcurrencyStamp);

/// <summary>Staff invite, put on hold, withdraw or send back to waiting (<see cref="StatusRules"/>); each step joins the history.</summary>
internal sealed class ChangeStatusHandler(
    GuidanceDbContext db, ICurrentUser user, TimeProvider clock, IAuditLog audit, IStringLocalizer<GuidanceResource> texts)
{
    public async Task<StatusResult> ChangeAsync(Guid id, StatusInput input, CancellationToken ct)
    {
        var candidate = await db.Candidates.SingleOrDefaultAsync(c => c.Id == id, ct)
            ?? throw new NotFoundException(typeof(GuidanceResource), "Referral:CandidateNotFound");
        if (candidate.ConcurrencyStamp != input.ConcurrencyStamp)
        {
            throw new ConflictException(typeof(GuidanceResource), "Referral:CandidateChanged");
        }

        StatusRules.Check(candidate.Status, input.Status, input.Reason).ThrowIfAny(texts);
        var (from, today, reason) = (candidate.Status, clock.Today(), Text.Clean(input.Reason));
        db.CandidateStatusChanges.Add(new CandidateStatusChange
        {
            CandidateId = id, CounsellorAccountId = candidate.CounsellorAccountId, From = from, To = input.Status, Reason = reason, On = today,
            At = clock.GetUtcNow(), ByAccountId = user.Id,
        });
        (candidate.Status, candidate.StatusReason, candidate.StatusChangedOn) = (input.Status, reason, today);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(AuditAction.Update, "Candidate", id, $"Status {from} -> {input.Status}", ct);
        return new StatusResult(id, candidate.Status, reason, candidate.ConcurrencyStamp);
    }
}
