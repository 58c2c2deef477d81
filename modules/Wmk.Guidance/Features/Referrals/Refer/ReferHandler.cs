using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Wmk.Guidance.Data;
using Wmk.Guidance.Domain;
using Wmk.Kernel.Auditing;
using Wmk.Kernel.Errors;
using Wmk.Kernel.Localization;
using Wmk.Kernel.Rules;
using Wmk.Kernel.Security;
using Wmk.Kernel.Settings;

namespace Wmk.Guidance.Features.Referrals.Refer;

internal sealed record ReferralResult(Guid Id, DateOnly ReferredOn, CandidateStatus Status, Guid? LinkedCandidateId);

/// <summary>
/// Puts a referred candidate on the waiting list after every check; a refused referral stores nothing but its audit line
/// (the rule keys or the duplicate's id, no personal data).
/// </summary>
internal sealed class ReferHandler(
    GuidanceDbContext db, ICurrentUser user, IMemberDirectory members, ISettingProvider settings, TimeProvider clock, IAuditLog audit,
    IStringLocalizer<GuidanceResource> texts)
{
    public async Task<ReferralResult> ReferAsync(ReferralInput input, CancellationToken ct)
    {
        var today = clock.Today();
        var errors = ReferralRules.Check(input, today, await LimitsAsync(ct)).ToList();
        var counsellorRefers = user.SeesOnlyOwnClients;
        var counsellor = counsellorRefers && user.Id is { } me
            ? await ReferralCounsellor.OwnAsync(me, input.CounsellorPhone, members, ct)
            : await ReferralCounsellor.GivenAsync(input, errors, members, ct);
        if (input.WelfarePartnerId is { } partner && !await db.WelfarePartners.AnyAsync(p => p.Id == partner, ct))
        {
            errors.Add(new("Referral:PartnerUnknown"));
        }

        if (errors.Count > 0)
        {
            await RefusedAsync(string.Join(",", errors.Select(e => e.Key)), ct);
            errors.ThrowIfAny(texts);
        }

        var (first, last) = (Text.Clean(input.FirstName)!, Text.Clean(input.LastName)!);
        var linked = counsellorRefers ? null : input.LinkToCandidateId;
        if (linked is { } link && !await db.Candidates.AnyAsync(c => c.Id == link, ct))
        {
            throw new NotFoundException(typeof(GuidanceResource), "Referral:CandidateNotFound");
        }

        if ((counsellorRefers || (linked is null && !input.ConfirmedOtherPerson))
            && await DuplicateReferrals.FindAsync(db, first, last, input.BirthDate, ct) is { } duplicate)
        {
            await RefusedAsync("Duplicate of " + duplicate.Id, ct);
            throw counsellorRefers
                ? new DuplicateReferralException(null, "Referral:DuplicateForCounsellor")
                : new DuplicateReferralException(duplicate.Id, "Referral:Duplicate", duplicate.FirstName + " " + duplicate.LastName,
                    RuleError.Format(duplicate.BirthDate), RuleError.Format(duplicate.ReferredOn), texts["Status:" + duplicate.Status].Value);
        }

        var candidate = new Candidate
        {
            FirstName = first, LastName = last, BirthDate = input.BirthDate, Gender = input.Gender, WelfarePartnerId = input.WelfarePartnerId,
            CounsellorAccountId = counsellor.AccountId, CounsellorName = counsellor.Name, CounsellorEmail = counsellor.Email,
            CounsellorPhone = counsellor.Phone, Preference = input.Preference, GuidanceStartedOn = input.GuidanceStartedOn, ReferredOn = today,
            ExpectedStartOn = input.ExpectedStartOn, SharedNotes = Text.Clean(input.SharedNotes), StatusChangedOn = today, LinkedCandidateId = linked,
        };
        db.Candidates.Add(candidate);
        db.CandidateStatusChanges.Add(new CandidateStatusChange
        {
            CandidateId = candidate.Id, CounsellorAccountId = candidate.CounsellorAccountId, To = CandidateStatus.Waiting, On = today,
            At = clock.GetUtcNow(), ByAccountId = user.Id,
        });
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(AuditAction.Create, "Candidate", candidate.Id, linked is null ? null : "Linked to " + linked, ct);
        return new ReferralResult(candidate.Id, today, candidate.Status, linked);
    }

    private Task RefusedAsync(string why, CancellationToken ct) => audit.RecordAsync(AuditAction.Create, "Candidate", null, "Refused: " + why, ct);

    private async Task<ReferralLimits> LimitsAsync(CancellationToken ct) => new(
        await settings.GetIntAsync(GuidanceSettings.MinAge, ct),
        await settings.GetIntAsync(GuidanceSettings.MaxAge, ct),
        await settings.GetIntAsync(GuidanceSettings.MinGuidanceMonths, ct));
}
