using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Localization;
using Wmk.Guidance.Data;
using Wmk.Guidance.Domain;
using Wmk.Guidance.Features.Stay.Conversations;
using Wmk.Guidance.Features.Stay.Onboarding;
using Wmk.Guidance.Features.Stay.Residents;
using Wmk.Housing.Contracts;
using Wmk.Kernel.Auditing;
using Wmk.Kernel.Errors;
using Wmk.Kernel.Localization;
using Wmk.Kernel.Rules;
using Wmk.Kernel.Security;
using Wmk.Kernel.Settings;

namespace Wmk.Guidance.Features.Stay.Start;

/// <summary>
/// Starts a stay: in one transaction the resident, its onboarding checklist and first interim conversation, the housing
/// contract (<see cref="IOccupancy"/> joins the transaction) and the candidate's status Started.
/// </summary>
internal sealed class StartHandler(
    GuidanceDbContext db, IOccupancy occupancy, IMemberDirectory members, ISettingProvider settings, IAuditLog audit, TimeProvider clock,
    IStringLocalizer<GuidanceResource> texts)
{
    public async Task<Candidate> CandidateAsync(Guid id, CancellationToken ct) =>
        await db.Candidates.SingleOrDefaultAsync(c => c.Id == id, ct)
        ?? throw new NotFoundException(typeof(GuidanceResource), "Stay:Candidate:NotFound");

    public async Task<IReadOnlyList<PlaceOption>> PlacesAsync(Guid candidateId, DateOnly on, CancellationToken ct)
    {
        var candidate = await CandidateAsync(candidateId, ct);
        var places = StartRules.Order(await occupancy.FreePlacesAsync(on, ct), candidate.Preference);
        return [.. places.Select(p => PlaceOption.Of(p, StartRules.Matches(p, candidate.Preference)))];
    }

    public async Task<StartedResident> StartAsync(StartResidentInput input, CancellationToken ct)
    {
        var candidate = await CandidateAsync(input.CandidateId, ct);
        var free = (await occupancy.FreePlacesAsync(input.StartOn, ct)).Any(p => p.UnitId == input.UnitId && p.Place == input.Place);
        var (caseWorkerIsStaff, caseWorker) = await CaseWorkerAsync(input, ct);
        StartRules.Check(candidate, input.StartOn, free, caseWorkerIsStaff).ThrowIfAny(texts);
        input = input with { CaseWorkerAccountId = caseWorker };
        var onboardingDays = await settings.GetIntAsync(GuidanceSettings.OnboardingDays, ct);
        var firstDays = await settings.GetIntAsync(GuidanceSettings.FirstConversationDays, ct);

        var (status, changedOn) = (candidate.Status, candidate.StatusChangedOn);
        Resident resident;
        Guid contractId;
        try
        {
            (resident, contractId) = await StartInTransactionAsync(candidate, input, onboardingDays, firstDays, ct);
        }
        catch
        {
            (candidate.Status, candidate.StatusChangedOn) = (status, changedOn); // as after the rollback
            db.ChangeTracker.Clear();
            throw;
        }

        await audit.RecordAsync(AuditAction.Create, ResidentAccess.Entity, resident.Id, cancellationToken: ct);
        return new StartedResident(resident.Id, candidate.Id, contractId, resident.UnitId, resident.StartedOn, resident.ContractEnd);
    }

    /// <summary>The case worker (by id, else by e-mail), when any, and whether they are on the staff.</summary>
    private async Task<(bool IsStaff, Guid? AccountId)> CaseWorkerAsync(StartResidentInput input, CancellationToken ct)
    {
        var email = Text.Clean(input.CaseWorkerEmail);
        if (input.CaseWorkerAccountId is null && email is null)
        {
            return (true, null);
        }

        var member = input.CaseWorkerAccountId is { } id
            ? (await members.FindByIdsAsync([id], ct)).FirstOrDefault()
            : await members.FindByEmailAsync(email!, ct);
        return member is not null && member.Roles.Any(WmkRoles.StaffRoles.Contains) ? (true, member.AccountId) : (false, null);
    }

    private async Task<(Resident Resident, Guid ContractId)> StartInTransactionAsync(
        Candidate candidate, StartResidentInput input, int onboardingDays, int firstDays, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        (candidate.Status, candidate.StatusChangedOn) = (CandidateStatus.Started, clock.Today());
        await db.SaveChangesAsync(ct);
        var resident = new Resident
        {
            CandidateId = candidate.Id, CounsellorAccountId = candidate.CounsellorAccountId, StartedOn = input.StartOn,
            CaseWorkerAccountId = input.CaseWorkerAccountId,
        };
        var contract = await occupancy.StartAsync(
            new StartOccupancy(input.UnitId, input.Place, resident.Id, candidate.FullName, input.StartOn, input.ContractEnd),
            transaction.GetDbTransaction(), ct);
        (resident.ContractId, resident.UnitId, resident.ContractEnd) = (contract.ContractId, contract.UnitId, contract.End);
        db.Residents.Add(resident);
        db.OnboardingItems.AddRange(OnboardingPlan.Items(input.StartOn, onboardingDays).Select(i => new OnboardingItem
        {
            ResidentId = resident.Id, CounsellorAccountId = resident.CounsellorAccountId, Kind = i.Kind, DueOn = i.DueOn,
        }));
        db.Conversations.Add(new Conversation
        {
            ResidentId = resident.Id, CounsellorAccountId = resident.CounsellorAccountId, Kind = ConversationKind.FirstInterim,
            PlannedOn = ConversationRules.FirstOn(input.StartOn, firstDays),
        });
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return (resident, contract.ContractId);
    }
}
