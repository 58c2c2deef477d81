using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Wmk.Guidance.Data;
using Wmk.Guidance.Domain;
using Wmk.Housing.Contracts;
using Wmk.Kernel.Localization;
using Wmk.Kernel.Modularity;
using Wmk.Kernel.Security;

namespace Wmk.Guidance.Features.Demo;

/// <summary>
/// Two welfare partners, a waiting list, three residents on free places of the housing demo units (the module is
/// registered after housing, so its demo data runs later), and the former residents of 2022 and 2023 whose destinations
/// give domain.md's outflow table. Former residents predate the platform: they have no housing contract, so their
/// <see cref="Resident.ContractId"/> is a fresh id and their <see cref="Resident.UnitId"/> is empty. One transaction;
/// nothing happens when the partners exist.
/// </summary>
internal sealed class GuidanceDemoData(
    GuidanceDbContext db, IOccupancy occupancy, IMemberDirectory members, IServiceScopeFactory scopes, TimeProvider clock) : IDemoDataContributor
{
    /// <summary>Exits per destination (in <see cref="Destination"/> order) of domain.md's table.</summary>
    public static readonly IReadOnlyDictionary<int, int[]> Outflow = new Dictionary<int, int[]>
    {
        [2022] = [4, 4, 1, 3, 1, 1, 2, 1],
        [2023] = [1, 1, 1, 5, 1, 0, 0, 1],
    };

    public const int ActiveResidents = 3;

    public async Task SeedDemoAsync(CancellationToken cancellationToken)
    {
        if (await db.WelfarePartners.AnyAsync(cancellationToken))
        {
            return;
        }

        var today = clock.Today();
        var places = (await occupancy.FreePlacesAsync(today, cancellationToken)).Where(p => !p.Shared).DistinctBy(p => p.UnitId).Take(ActiveResidents).ToList();
        var counsellor = (await members.FindByEmailAsync("begeleider@demo.wmk.example", cancellationToken))?.AccountId;
        var worker = (await members.FindByEmailAsync("medewerker@demo.wmk.example", cancellationToken))?.AccountId;
        var coordinator = (await members.FindByEmailAsync("coordinator@demo.wmk.example", cancellationToken))?.AccountId;

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var shelter = new WelfarePartner { Name = "Nachtopvang De Overkant (demo)", HasPriority = true };
        var caw = new WelfarePartner { Name = "CAW Antwerpen (demo)" };
        db.WelfarePartners.AddRange(shelter, caw);
        var index = 0;
        foreach (var (days, status) in new[] { (120, CandidateStatus.OnHold), (85, CandidateStatus.Invited), (60, CandidateStatus.Waiting),
                     (40, CandidateStatus.Waiting), (25, CandidateStatus.Waiting), (10, CandidateStatus.Waiting) })
        {
            var ofCaw = index % 2 == 0;
            var candidate = DemoPeople.Candidate(index++, today.AddDays(-days), today.AddMonths(2), ofCaw ? caw : shelter, ofCaw ? counsellor : null);
            (candidate.Status, candidate.StatusChangedOn) = (status, status == CandidateStatus.Waiting ? null : today.AddDays(-5));
            candidate.StatusReason = status == CandidateStatus.OnHold ? "Wacht op een plaats in een gedeelde woning." : null;
            db.Candidates.Add(candidate);
        }

        foreach (var (year, counts) in Outflow)
        {
            foreach (var (destination, count) in Enum.GetValues<Destination>().Order().Zip(counts))
            {
                for (var i = 0; i < count; i++, index++)
                {
                    var leftOn = new DateOnly(year, 1 + (index % 12), 1 + (index * 3 % 28));
                    var startedOn = leftOn.AddMonths(-(9 + (index % 4)));
                    var ofCaw = index % 3 != 0;
                    var candidate = Started(DemoPeople.Candidate(
                        index, startedOn.AddDays(-(30 + (index * 11 % 150))), startedOn, ofCaw ? caw : shelter, ofCaw ? counsellor : null));
                    db.Candidates.Add(candidate);
                    db.Residents.Add(new Resident
                    {
                        CandidateId = candidate.Id, CounsellorAccountId = candidate.CounsellorAccountId, ContractId = Guid.NewGuid(), UnitId = Guid.Empty,
                        StartedOn = startedOn, ContractEnd = startedOn.AddYears(1).AddDays(-1), Status = ResidentStatus.Left, LeftOn = leftOn,
                        Destination = destination, CaseWorkerAccountId = index % 2 == 0 ? worker : coordinator,
                        InstallationPremium = destination == Destination.PrivateRental ? InstallationPremium.AfterExit : InstallationPremium.NotUsed,
                    });
                }
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        using var scope = scopes.CreateScope(); // a housing context not used yet, so it can join the transaction
        var starter = scope.ServiceProvider.GetRequiredService<IOccupancy>();
        var caseWorkers = new[] { worker, worker, null };
        foreach (var (place, i) in places.Select((p, i) => (p, i)))
        {
            var startedOn = today.AddDays(-(20 + (i * 40)));
            var candidate = Started(DemoPeople.Candidate(index++, startedOn.AddDays(-(45 + (i * 20))), startedOn, caw, i < 2 ? counsellor : null));
            db.Candidates.Add(candidate);
            var resident = new Resident { CandidateId = candidate.Id, CounsellorAccountId = candidate.CounsellorAccountId, StartedOn = startedOn };
            var contract = await starter.StartAsync(
                new StartOccupancy(place.UnitId, place.Place, resident.Id, candidate.FullName, startedOn), transaction.GetDbTransaction(), cancellationToken);
            (resident.ContractId, resident.UnitId, resident.ContractEnd, resident.CaseWorkerAccountId) = (contract.ContractId, contract.UnitId, contract.End, caseWorkers[i]);
            db.Residents.Add(resident);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static Candidate Started(Candidate candidate)
    {
        (candidate.Status, candidate.StatusChangedOn) = (CandidateStatus.Started, candidate.ExpectedStartOn);
        return candidate;
    }
}
