using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Wmk.Guidance.Data;
using Wmk.Guidance.Domain;
using Wmk.Guidance.Features.Ending.Notices;
using Wmk.Kernel.Data.Kernel;
using Wmk.Kernel.Outbox;
using Wmk.Kernel.Settings;

namespace Wmk.Guidance.Features.Ending.Scheduler;

/// <summary>
/// Makes the notices due today (<see cref="NoticeRules"/>) and queues their e-mails, each notice with its e-mail in one
/// transaction: a notice exists once per resident, kind and contract end (unique key), so a second run or a run after
/// a crash doubles nothing.
/// </summary>
internal sealed class NoticeScheduler(
    GuidanceDbContext db, KernelDbContext kernel, NoticeMails mails, ISettingProvider settings, ILogger<NoticeScheduler> logger)
{
    public async Task<int> RunAsync(DateOnly today, string organisation, CancellationToken ct)
    {
        var noticeMonths = await settings.GetIntAsync(GuidanceSettings.NoticeMonths, ct);
        var reminderMonths = await settings.GetIntAsync(GuidanceSettings.ReminderMonths, ct);
        // Only the residents whose contract ends inside the notice window, each with the kinds already made for its end
        // (one query: most days most of them are made already).
        var latest = NoticeRules.LatestEndWithNoticeDue(today, Math.Max(noticeMonths, reminderMonths));
        var residents = await db.Residents.AsNoTracking()
            .Where(r => r.Status == ResidentStatus.Active && r.ContractEnd >= today && r.ContractEnd <= latest)
            .Select(r => new
            {
                r.Id, r.CandidateId, r.CounsellorAccountId, r.ContractEnd,
                Made = db.Notices.Where(n => n.ResidentId == r.Id && n.ContractEnd == r.ContractEnd).Select(n => n.Kind).ToList(),
            })
            .ToListAsync(ct);
        var missing = residents
            .SelectMany(r => NoticeRules.Due(r.ContractEnd, today, noticeMonths, reminderMonths).Where(d => !r.Made.Contains(d.Kind)).Select(d => new Notice
            {
                ResidentId = r.Id, CandidateId = r.CandidateId, CounsellorAccountId = r.CounsellorAccountId, Kind = d.Kind,
                ContractEnd = r.ContractEnd, DueOn = d.DueOn, CreatedOn = today,
            }))
            .ToList();
        if (missing.Count == 0)
        {
            return 0;
        }

        var candidateIds = missing.Select(n => n.CandidateId).Distinct().ToList();
        var candidates = await db.Candidates.AsNoTracking().Where(c => candidateIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct);
        var made = 0;
        foreach (var notice in missing)
        {
            made += await CreateAsync(notice, candidates[notice.CandidateId], organisation, ct) ? 1 : 0;
        }

        return made;
    }

    private async Task<bool> CreateAsync(Notice notice, Candidate candidate, string organisation, CancellationToken ct)
    {
        await using var transaction = await WmkTransaction.BeginAsync(db, kernel);
        try
        {
            notice.EmailedTo = await mails.SendAsync(notice, candidate, organisation, ct);
            db.Notices.Add(notice);
            await db.SaveChangesAsync(ct);
            await kernel.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return true;
        }
        catch (DbUpdateException ex)
        {
            // Another run made the same notice first (the unique key): nothing of this attempt is kept.
            logger.LogInformation("Notice {Kind} for resident {ResidentId} was made by another run: {Error}", notice.Kind, notice.ResidentId, ex.GetType().Name);
            db.ChangeTracker.Clear();
            kernel.ChangeTracker.Clear();
            return false;
        }
    }
}
