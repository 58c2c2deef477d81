using Microsoft.EntityFrameworkCore;
using Wmk.Guidance.Data;
using Wmk.Guidance.Domain;
using Wmk.Kernel.Data;
using Wmk.Kernel.Security;
using Wmk.Kernel.Settings;

namespace Wmk.Guidance.Features.Referrals.WaitingList;

/// <summary>
/// The waiting list in order (<see cref="WaitingListOrder"/>). Positions are computed over every candidate of the tenant
/// (the counsellor filter is lifted for that only); a partner counsellor then gets only the lines of their own clients.
/// </summary>
internal sealed class WaitingListHandler(GuidanceDbContext db, ICurrentUser user, ISettingProvider settings)
{
    private static readonly string[] Counsellor = [TenantModel.CounsellorFilterName];

    public async Task<WaitingListView> GetAsync(CancellationToken ct)
    {
        var (ranked, lines) = await RankAsync(ct);
        var partners = await db.WelfarePartners.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        var own = user.SeesOnlyOwnClients ? user.Id : null;
        var rows = ranked
            .Select(r => (Rank: r, Line: lines[r.Entry.CandidateId]))
            .Where(x => !user.SeesOnlyOwnClients || (own is not null && x.Line.CounsellorAccountId == own))
            .Select(x => new WaitingRow(x.Rank.Position, x.Line.Id, x.Line.FirstName, x.Line.LastName, x.Line.BirthDate,
                x.Line.PartnerId is { } p ? partners.GetValueOrDefault(p) : null, x.Rank.HasPriority, x.Line.ReferredOn, x.Line.Status, x.Line.CounsellorName))
            .ToList();
        return new WaitingListView(ranked.Count, rows);
    }

    /// <summary>The candidates accepted at the intake and not yet started, by referral date (a partner counsellor: their own).</summary>
    public async Task<IReadOnlyList<AcceptedRow>> AcceptedAsync(CancellationToken ct) =>
        await db.Candidates.AsNoTracking().Where(c => c.Status == CandidateStatus.Accepted)
            .OrderBy(c => c.ReferredOn).ThenBy(c => c.LastName).ThenBy(c => c.FirstName)
            .Select(c => new AcceptedRow(c.Id, c.FirstName, c.LastName, c.ReferredOn, c.ExpectedStartOn, c.CounsellorName))
            .ToListAsync(ct);

    /// <summary>The candidate's position on the whole list, or null when not on it.</summary>
    public async Task<int?> PositionOfAsync(Guid candidateId, CancellationToken ct) =>
        (await RankAsync(ct)).Ranked.FirstOrDefault(r => r.Entry.CandidateId == candidateId)?.Position;

    private async Task<(IReadOnlyList<RankedEntry> Ranked, Dictionary<Guid, Line> Lines)> RankAsync(CancellationToken ct)
    {
        var candidates = db.Candidates.IgnoreQueryFilters(Counsellor).AsNoTracking();
        var lines = await candidates.Where(c => c.Status == CandidateStatus.Waiting || c.Status == CandidateStatus.Invited)
            .Select(c => new Line(c.Id, c.FirstName, c.LastName, c.BirthDate, c.WelfarePartnerId, c.Status, c.ReferredOn, c.CounsellorAccountId, c.CounsellorName))
            .ToDictionaryAsync(l => l.Id, ct);
        var moments = (await db.CandidateStatusChanges.IgnoreQueryFilters(Counsellor).AsNoTracking()
                .Where(s => s.From == null && candidates.Any(c => c.Id == s.CandidateId
                    && (c.Status == CandidateStatus.Waiting || c.Status == CandidateStatus.Invited)))
                .Select(s => new { s.CandidateId, s.At })
                .ToListAsync(ct))
            .GroupBy(s => s.CandidateId).ToDictionary(g => g.Key, g => g.Min(s => s.At));
        var entries = lines.Values.Select(l => new WaitingEntry(l.Id, l.PartnerId, l.Status, l.ReferredOn, moments.GetValueOrDefault(l.Id)));
        return (WaitingListOrder.Rank(entries, await QuotasAsync(ct)), lines);
    }

    private async Task<IReadOnlyCollection<PriorityQuota>> QuotasAsync(CancellationToken ct)
    {
        var priority = await db.WelfarePartners.AsNoTracking().Where(p => p.HasPriority).Select(p => new { p.Id, p.PriorityCap }).ToListAsync(ct);
        if (priority.Count == 0)
        {
            return [];
        }

        var ids = priority.Select(p => p.Id).ToList();
        var ofPriority = db.Candidates.IgnoreQueryFilters(Counsellor).Where(c => c.WelfarePartnerId != null && ids.Contains(c.WelfarePartnerId.Value));
        // One place per candidate invited or accepted, and per active resident (driven from the active residents: a
        // correlated EXISTS per candidate made SQLite scan every active resident for each candidate).
        var held = (await ofPriority.Where(c => c.Status == CandidateStatus.Invited || c.Status == CandidateStatus.Accepted)
                .Select(c => c.WelfarePartnerId!.Value)
                .Concat(db.Residents.IgnoreQueryFilters(Counsellor).Where(r => r.Status == ResidentStatus.Active)
                    .Join(ofPriority.Where(c => c.Status == CandidateStatus.Started), r => r.CandidateId, c => c.Id, (r, c) => c.WelfarePartnerId!.Value))
                .ToListAsync(ct))
            .CountBy(p => p).ToDictionary();
        var defaultCap = await settings.GetIntAsync(GuidanceSettings.PriorityCap, ct);
        return [.. priority.Select(p => new PriorityQuota(p.Id, p.PriorityCap ?? defaultCap, held.GetValueOrDefault(p.Id)))];
    }

    private sealed record Line(
        Guid Id, string FirstName, string LastName, DateOnly BirthDate, Guid? PartnerId, CandidateStatus Status, DateOnly ReferredOn,
        Guid? CounsellorAccountId, string CounsellorName);
}
