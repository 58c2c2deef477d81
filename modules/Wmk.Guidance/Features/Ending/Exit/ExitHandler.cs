using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Localization;
using Wmk.Guidance.Data;
using Wmk.Guidance.Domain;
using Wmk.Housing.Contracts;
using Wmk.Kernel.Auditing;
using Wmk.Kernel.Errors;
using Wmk.Kernel.Localization;
using Wmk.Kernel.Rules;

namespace Wmk.Guidance.Features.Ending.Exit;

/// <summary>
/// Records the exit: the steps and aftercare, the destination and premium on the resident, status Left; a last day
/// before the contract end terminates the housing contract in the same transaction.
/// </summary>
internal sealed class ExitHandler(
    GuidanceDbContext db, IOccupancy occupancy, IAuditLog audit, TimeProvider clock, IStringLocalizer<GuidanceResource> texts)
{
    public async Task<ExitView> GetAsync(Guid residentId, CancellationToken ct)
    {
        var resident = await FindAsync(residentId, ct);
        var exit = await db.Exits.AsNoTracking().SingleOrDefaultAsync(e => e.ResidentId == residentId, ct);
        var name = await db.Candidates.AsNoTracking().Where(c => c.Id == resident.CandidateId).Select(c => c.FirstName + " " + c.LastName).SingleAsync(ct);
        await audit.RecordAsync(AuditAction.Read, "ResidentExit", residentId, cancellationToken: ct);
        return new ExitView(resident.Id, name, resident.Status, resident.StartedOn, resident.ContractEnd, resident.Destination,
            resident.InstallationPremium, exit is null ? null : ExitRecord.Of(exit));
    }

    public async Task<ExitView> RecordAsync(Guid residentId, ExitInput input, CancellationToken ct)
    {
        var resident = await FindAsync(residentId, ct);
        if (resident.Status == ResidentStatus.Left || await db.Exits.AnyAsync(e => e.ResidentId == residentId, ct))
        {
            throw new ConflictException(typeof(GuidanceResource), "Exit:AlreadyRecorded");
        }

        var contract = (await occupancy.OfResidentsAsync([resident.Id], ct)).FirstOrDefault(c => c.ContractId == resident.ContractId);
        var end = contract?.LastDay ?? resident.ContractEnd;
        var today = clock.Today();
        ExitRules.Check(input, resident.StartedOn, end, resident.InstallationPremium, today).ThrowIfAny(texts);
        var lastDay = input.LastDay!.Value;
        var early = contract is not null && lastDay < contract.LastDay;
        var exit = new ResidentExit
        {
            ResidentId = resident.Id, CandidateId = resident.CandidateId, CounsellorAccountId = resident.CounsellorAccountId,
            ConversationOn = input.ConversationOn, EnergyTakeoverDone = input.EnergyTakeoverDone, KeysHandedOver = input.KeysHandedOver,
            Cleaning = input.Cleaning!.Value, CleaningRemarks = Text.Clean(input.CleaningRemarks), LastDay = lastDay, TerminatedEarly = early,
            AftercareContacts = [.. (input.AftercareContacts ?? []).Distinct().Order()], RecordedOn = today,
        };
        resident.Status = ResidentStatus.Left;
        resident.LeftOn = lastDay;
        resident.ContractEnd = early ? lastDay : resident.ContractEnd;
        resident.Destination = input.Destination;
        resident.InstallationPremium = input.InstallationPremium ?? resident.InstallationPremium;
        db.Exits.Add(exit);

        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            await db.SaveChangesAsync(ct);
            if (early)
            {
                await occupancy.TerminateAsync(contract!.ContractId, lastDay, texts["Exit:TerminationReason"], transaction.GetDbTransaction(), ct);
            }

            await transaction.CommitAsync(ct);
        }

        await audit.RecordAsync(AuditAction.Update, "ResidentExit", residentId, early ? "terminated early" : null, ct);
        return await GetAsync(residentId, ct);
    }

    private async Task<Resident> FindAsync(Guid id, CancellationToken ct) =>
        await db.Residents.SingleOrDefaultAsync(r => r.Id == id, ct)
        ?? throw new NotFoundException(typeof(GuidanceResource), "Resident:NotFound");
}
