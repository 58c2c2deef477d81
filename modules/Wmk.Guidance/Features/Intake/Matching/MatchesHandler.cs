using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Wmk.Guidance.Data;
using Wmk.Guidance.Domain;
using Wmk.Guidance.Features.Intake.Staff;
using Wmk.Housing.Contracts;
using Wmk.Kernel.Errors;
using Wmk.Kernel.Localization;
using Wmk.Kernel.Rules;

namespace Wmk.Guidance.Features.Intake.Matching;

/// <summary>Proposes two candidates for a shared unit and records the meeting, its outcome and the sharing agreements.</summary>
internal sealed class MatchesHandler(
    GuidanceDbContext db, IOccupancy occupancy, StaffDirectory staff, TimeProvider clock, IStringLocalizer<GuidanceResource> texts)
{
    public async Task<IReadOnlyList<MatchView>> ListAsync(CancellationToken ct) =>
        await ViewsAsync(await db.Matches.AsNoTracking().OrderByDescending(m => m.ProposedOn).ToListAsync(ct), ct);

    public async Task<MatchView> GetAsync(Guid id, CancellationToken ct) =>
        (await ViewsAsync([await db.Matches.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, ct) ?? throw NotFound()], ct)).SingleOrDefault()
            ?? throw NotFound();

    public async Task<MatchOptions> OptionsAsync(CancellationToken ct)
    {
        var open = await OpenCandidatesAsync(ct);
        var candidates = await db.Candidates.AsNoTracking().Where(c => c.Status == CandidateStatus.Accepted)
            .OrderBy(c => c.LastName).ThenBy(c => c.FirstName).ToListAsync(ct);
        return new MatchOptions(
            [.. candidates.Where(c => MatchRules.AllowsSharing(c.Preference) && !open.Contains(c.Id)).Select(c => (c.Id, c.FullName))],
            await SharedUnitsAsync(ct));
    }

    public async Task<MatchView> ProposeAsync(MatchProposalInput input, CancellationToken ct)
    {
        var open = await OpenCandidatesAsync(ct);
        var first = await CandidateAsync(input.FirstCandidateId, open, ct);
        var second = await CandidateAsync(input.SecondCandidateId, open, ct);
        var unit = (await SharedUnitsAsync(ct)).FirstOrDefault(u => u.UnitId == input.UnitId);
        MatchRules.CheckProposal(first, second, unit?.FreePlaces ?? 0).ThrowIfAny(texts);
        var match = new SharedHousingMatch
        {
            FirstCandidateId = first.Id, SecondCandidateId = second.Id, UnitId = unit!.UnitId, UnitAddress = unit.Address, ProposedOn = clock.Today(),
        };
        db.Matches.Add(match);
        await db.SaveChangesAsync(ct);
        return await GetAsync(match.Id, ct);
    }

    public async Task<MatchView> RecordMeetingAsync(Guid id, MatchMeetingInput input, CancellationToken ct)
    {
        var match = await db.Matches.SingleOrDefaultAsync(m => m.Id == id, ct) ?? throw NotFound();
        if (match.Status != MatchStatus.Proposed)
        {
            throw new ConflictException(typeof(GuidanceResource), "Match:Closed");
        }

        var activeStaff = await staff.ActiveStaffAsync((input.StaffAccountIds ?? []).Select(s => (Guid?)s), ct);
        MatchRules.CheckMeeting(input, match.ProposedOn, clock.Today(), activeStaff).ThrowIfAny(texts);
        match.Status = input.Outcome;
        match.MeetingOn = input.MeetingOn;
        (match.FirstCandidateAttended, match.SecondCandidateAttended) = (input.FirstCandidateAttended, input.SecondCandidateAttended);
        (match.FirstCounsellorAttended, match.SecondCounsellorAttended) = (input.FirstCounsellorAttended, input.SecondCounsellorAttended);
        match.StaffAccountIds = [.. input.StaffAccountIds!.Distinct()];
        match.Reason = input.Outcome == MatchStatus.NoMatch ? Text.Clean(input.Reason) : null;
        match.Agreements = input.Outcome == MatchStatus.Matched ? Text.Clean(input.Agreements) : null;
        await db.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    private async Task<HashSet<Guid>> OpenCandidatesAsync(CancellationToken ct)
    {
        var open = await db.Matches.AsNoTracking().Where(m => m.Status == MatchStatus.Proposed)
            .Select(m => new { m.FirstCandidateId, m.SecondCandidateId }).ToListAsync(ct);
        return [.. open.SelectMany(m => new[] { m.FirstCandidateId, m.SecondCandidateId })];
    }

    private async Task<MatchCandidate> CandidateAsync(Guid id, HashSet<Guid> open, CancellationToken ct) =>
        await db.Candidates.AsNoTracking().Where(c => c.Id == id).Select(c => new { c.Id, c.FirstName, c.LastName, c.Status, c.Preference })
            .SingleOrDefaultAsync(ct) is { } c
            ? new MatchCandidate(c.Id, c.FirstName + " " + c.LastName, c.Status, c.Preference, open.Contains(c.Id))
            : throw new NotFoundException(typeof(GuidanceResource), "Intake:CandidateNotFound");

    private async Task<IReadOnlyList<SharedUnitOption>> SharedUnitsAsync(CancellationToken ct) =>
        [.. (await occupancy.FreePlacesAsync(clock.Today(), ct)).Where(p => p.Shared).GroupBy(p => p.UnitId)
            .Where(g => g.Count() >= MatchRules.PlacesNeeded)
            .Select(g => new SharedUnitOption(g.Key, g.First().Address, g.First().District, g.Count())).OrderBy(u => u.Address)];

    /// <summary>The matches with the candidates' names; a match whose candidates the reader may not both see is left out.</summary>
    private async Task<IReadOnlyList<MatchView>> ViewsAsync(IReadOnlyList<SharedHousingMatch> matches, CancellationToken ct)
    {
        var ids = matches.SelectMany(m => new[] { m.FirstCandidateId, m.SecondCandidateId }).Distinct().ToList();
        var names = await db.Candidates.AsNoTracking().Where(c => ids.Contains(c.Id))
            .ToDictionaryAsync(c => c.Id, c => c.FirstName + " " + c.LastName, ct);
        var staffNames = await staff.NamesAsync(matches.SelectMany(m => m.StaffAccountIds), ct);
        return [.. matches.Where(m => names.ContainsKey(m.FirstCandidateId) && names.ContainsKey(m.SecondCandidateId)).Select(m => new MatchView(
            m.Id, m.FirstCandidateId, names[m.FirstCandidateId], m.SecondCandidateId, names[m.SecondCandidateId], m.UnitId, m.UnitAddress,
            m.ProposedOn, m.Status, m.MeetingOn, m.FirstCandidateAttended, m.SecondCandidateAttended, m.FirstCounsellorAttended,
            m.SecondCounsellorAttended, [.. m.StaffAccountIds.Select(staffNames)], m.Reason, m.Agreements))];
    }

    private static NotFoundException NotFound() => new(typeof(GuidanceResource), "Match:NotFound");
}
