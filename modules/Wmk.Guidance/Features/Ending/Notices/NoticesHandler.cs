using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Wmk.Guidance.Data;
using Wmk.Kernel.Errors;
using Wmk.Kernel.Localization;
using Wmk.Kernel.Rules;

namespace Wmk.Guidance.Features.Ending.Notices;

/// <summary>The notices of a resident and the registered letters of termination notices.</summary>
internal sealed class NoticesHandler(GuidanceDbContext db, TimeProvider clock, IStringLocalizer<GuidanceResource> texts)
{
    public async Task<IReadOnlyList<NoticeView>> ListAsync(Guid residentId, CancellationToken ct)
    {
        if (!await db.Residents.AnyAsync(r => r.Id == residentId, ct))
        {
            throw new NotFoundException(typeof(GuidanceResource), "Resident:NotFound");
        }

        var rows = await db.Notices.AsNoTracking().Where(n => n.ResidentId == residentId).ToListAsync(ct);
        return [.. rows.OrderByDescending(n => n.ContractEnd).ThenBy(n => n.Kind).Select(NoticeView.Of)];
    }

    public async Task<NoticeView> RecordLetterAsync(Guid noticeId, LetterInput input, CancellationToken ct)
    {
        var notice = await db.Notices.SingleOrDefaultAsync(n => n.Id == noticeId, ct)
            ?? throw new NotFoundException(typeof(GuidanceResource), "Notice:NotFound");
        if (!notice.NeedsLetter)
        {
            throw new InvalidRequestException([texts["Letter:NotNeeded"].Value]);
        }

        if (notice.LetterSentOn is { } sent)
        {
            throw new ConflictException(typeof(GuidanceResource), "Letter:AlreadySent", RuleError.Format(sent));
        }

        LetterRules.Check(input.SentOn, input.TrackingNumber, notice.CreatedOn, clock.Today()).ThrowIfAny(texts);
        (notice.LetterSentOn, notice.TrackingNumber) = (input.SentOn, LetterRules.CleanTracking(input.TrackingNumber));
        await db.SaveChangesAsync(ct);
        return NoticeView.Of(notice);
    }
}
