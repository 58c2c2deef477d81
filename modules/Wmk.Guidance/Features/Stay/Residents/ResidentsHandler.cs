using Microsoft.EntityFrameworkCore;
using Wmk.Guidance.Data;
using Wmk.Guidance.Domain;
using Wmk.Guidance.Features.Stay.Conversations;
using Wmk.Guidance.Features.Stay.Notes;
using Wmk.Guidance.Features.Stay.Onboarding;
using Wmk.Guidance.Features.Stay.Timeline;
using Wmk.Housing.Contracts;

namespace Wmk.Guidance.Features.Stay.Residents;

/// <summary>The active residents (a partner counsellor: their own clients only) and one resident's file (audited).</summary>
internal sealed class ResidentsHandler(
    GuidanceDbContext db, ResidentAccess access, IOccupancy occupancy, StayNames names, OnboardingHandler onboarding,
    ConversationsHandler conversations, NotesHandler notes, TimelineMerge timeline)
{
    public async Task<IReadOnlyList<ResidentListItem>> ListAsync(CancellationToken ct)
    {
        var rows = await db.Residents.AsNoTracking().Where(r => r.Status == ResidentStatus.Active)
            .Join(db.Candidates, r => r.CandidateId, c => c.Id, (r, c) => new { Resident = r, c.FirstName, c.LastName, c.CounsellorName })
            .ToListAsync(ct);
        var addresses = await AddressesAsync(rows.Select(r => r.Resident).ToList(), ct);
        var workers = await names.OfAsync(rows.Select(r => r.Resident.CaseWorkerAccountId), ct);
        return
        [
            .. rows.OrderBy(r => r.LastName).ThenBy(r => r.FirstName).Select(r => new ResidentListItem(
                r.Resident.Id, r.FirstName + " " + r.LastName, addresses.GetValueOrDefault(r.Resident.Id), r.Resident.StartedOn,
                r.Resident.ContractEnd, r.CounsellorName, Worker(workers, r.Resident))),
        ];
    }

    public async Task<ResidentFileView> FileAsync(Guid id, CancellationToken ct)
    {
        var (resident, candidate) = await access.OpenAsync(id, "file", ct);
        var addresses = await AddressesAsync([resident], ct);
        var workers = await names.OfAsync([resident.CaseWorkerAccountId], ct);
        return new ResidentFileView(
            resident.Id, candidate.Id, candidate.FullName, addresses.GetValueOrDefault(resident.Id), resident.StartedOn, resident.ContractEnd,
            resident.Status, candidate.CounsellorName, Worker(workers, resident), await onboarding.ListAsync(id, ct),
            await conversations.ViewAsync(id, ct), await notes.VisibleAsync(resident, ct), await timeline.ForAsync(candidate.Id, resident.Id, ct));
    }

    private async Task<Dictionary<Guid, string>> AddressesAsync(List<Resident> residents, CancellationToken ct)
    {
        var contracts = (await occupancy.OfResidentsAsync([.. residents.Select(r => r.Id)], ct)).ToDictionary(c => c.ContractId);
        return residents.Where(r => contracts.ContainsKey(r.ContractId)).ToDictionary(r => r.Id, r => contracts[r.ContractId].Address);
    }

    private static string? Worker(IReadOnlyDictionary<Guid, string> workers, Resident r) =>
        r.CaseWorkerAccountId is { } w ? workers.GetValueOrDefault(w) : null;
}
