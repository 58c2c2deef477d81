using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wmk.Guidance.Data;
using Wmk.Guidance.Domain;
using Wmk.Housing.Data;
using Wmk.Housing.Domain;

namespace Wmk.Benchmarks.Guidance;

/// <summary>
/// Fills the current tenant with guidance data of a <see cref="GuidanceShape"/>, written straight to the contexts (no
/// handlers: the benchmarks time the reads and the daily job, not the writes). Deterministic for a given day.
/// Active residents: one-year contracts started evenly over the last 365 days, the onboarding done after 21 days
/// (except every 25th resident, late), conversations every <see cref="GuidanceShape.ConversationDays"/> days (held
/// up to yesterday, the next one planned), the notices already due (termination letter sent 3 days after), candidate
/// and counsellor e-mail addresses; <c>phase</c> shifts the start days so tenants differ. Former residents: a one-year stay in the four years before, a destination.
/// </summary>
internal static partial class GuidanceBenchSeed
{
    private const int Counsellors = 40;

    public static async Task<SeedCounts> FillAsync(IServiceProvider sp, DateOnly today, GuidanceShape shape, int phase = 0)
    {
        var db = sp.GetRequiredService<GuidanceDbContext>();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var counts = new SeedCounts();
        var counsellors = Enumerable.Range(0, Counsellors).Select(i => new Guid(i + 1, 0, 0, new byte[8])).ToArray();
        var partners = Partners(db);
        var units = shape.HousingContracts ? Units(sp, shape.Active, today) : null;
        var conversations = new List<Conversation>();
        for (var i = 0; i < shape.Active + shape.Former; i++)
        {
            var active = i < shape.Active;
            var start = active ? today.AddDays(-(((i * 365 / Math.Max(1, shape.Active)) + phase) % 365)) : today.AddYears(-1 - (i % 4)).AddDays(-(i % 300));
            var counsellor = counsellors[i % Counsellors];
            var candidate = StartedCandidate(i, start, counsellor, partners[i % partners.Length].Id);
            db.Candidates.Add(candidate);
            var resident = new Resident
            {
                CandidateId = candidate.Id, CounsellorAccountId = counsellor, ContractId = Guid.NewGuid(), UnitId = Guid.NewGuid(),
                StartedOn = start, ContractEnd = start.AddYears(1).AddDays(-1), CaseWorkerAccountId = counsellors[(i + 7) % Counsellors],
            };
            if (!active)
            {
                (resident.Status, resident.LeftOn, resident.Destination) = (ResidentStatus.Left, resident.ContractEnd, (Destination)(1 + (i % 8)));
            }
            else if (units is not null)
            {
                resident.UnitId = units[i].Id;
                resident.ContractId = AddContract(sp, units[i], resident, candidate.FullName);
            }

            db.Residents.Add(resident);
            counts.Onboarding += Onboarding(db, resident, today, late: active && i % 25 == 0);
            if (active)
            {
                counts.Notices += Notices(db, resident, today);
                conversations.AddRange(ActiveConversations(resident, today, shape.ConversationDays));
            }

            if (shape.StatusHistory)
            {
                History(db, candidate, start);
            }
        }

        conversations.AddRange(FormerConversations(db, shape, conversations.Count));
        db.Conversations.AddRange(conversations);
        counts.Conversations = conversations.Count;
        counts.Candidates = shape.Active + shape.Former + WaitingList(db, shape, today, partners, counsellors);
        counts.Residents = shape.Active + shape.Former;
        counts.StatusChanges = db.CandidateStatusChanges.Local.Count;
        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync();
        if (units is not null)
        {
            await sp.GetRequiredService<HousingDbContext>().SaveChangesAsync();
        }

        return counts;
    }

    private static WelfarePartner[] Partners(GuidanceDbContext db)
    {
        var partners = Enumerable.Range(0, 12)
            .Select(i => new WelfarePartner { Name = i == 0 ? "Nachtopvang" : $"CAW {i}", HasPriority = i == 0, PriorityCap = i == 0 ? 10 : null })
            .ToArray();
        db.WelfarePartners.AddRange(partners);
        return partners;
    }

    private static Candidate StartedCandidate(int i, DateOnly start, Guid counsellor, Guid partner) => new()
    {
        FirstName = $"Jongere{i}", LastName = $"Bewoner {i:00000}", BirthDate = start.AddYears(-19).AddDays(-(i % 1500)),
        Gender = (Gender)(1 + (i % 3)), Email = $"jongere{i}@example.org", WelfarePartnerId = partner, CounsellorAccountId = counsellor,
        CounsellorName = $"Consulent {i % Counsellors}", CounsellorEmail = $"consulent{i % Counsellors}@caw.example",
        Preference = (HousingPreference)(1 + (i % 3)), GuidanceStartedOn = start.AddMonths(-8), ReferredOn = start.AddMonths(-5),
        ExpectedStartOn = start, Status = CandidateStatus.Started, StatusChangedOn = start,
    };

    private static int Onboarding(GuidanceDbContext db, Resident resident, DateOnly today, bool late)
    {
        var due = resident.StartedOn.AddDays(21);
        foreach (var kind in Enum.GetValues<OnboardingKind>())
        {
            var done = late && kind == OnboardingKind.FamilyInsurance ? null : due < today ? due.AddDays(-((int)kind * 2)) : (DateOnly?)null;
            db.OnboardingItems.Add(new OnboardingItem
            {
                ResidentId = resident.Id, CounsellorAccountId = resident.CounsellorAccountId, Kind = kind, DueOn = due, DoneOn = done,
            });
        }

        return Enum.GetValues<OnboardingKind>().Length;
    }

    private static int Notices(GuidanceDbContext db, Resident resident, DateOnly today)
    {
        var made = 0;
        foreach (var (kind, months) in new[] { (NoticeKind.Termination, 3), (NoticeKind.Reminder, 1) })
        {
            var due = resident.ContractEnd.AddMonths(-months);
            if (due < today)
            {
                db.Notices.Add(new Notice
                {
                    ResidentId = resident.Id, CandidateId = resident.CandidateId, CounsellorAccountId = resident.CounsellorAccountId, Kind = kind,
                    ContractEnd = resident.ContractEnd, DueOn = due, CreatedOn = due, EmailedTo = "jongere@example.org, consulent@caw.example",
                    LetterSentOn = kind == NoticeKind.Termination && due.AddDays(3) < today ? due.AddDays(3) : null,
                    TrackingNumber = kind == NoticeKind.Termination && due.AddDays(3) < today ? "RR" + resident.Id.ToString("N")[..9] : null,
                });
                made++;
            }
        }

        return made;
    }

    private static IEnumerable<Conversation> ActiveConversations(Resident resident, DateOnly today, int every)
    {
        for (var (on, k) = (resident.StartedOn.AddDays(21), 0); ; (on, k) = (on.AddDays(every), k + 1))
        {
            var held = on < today;
            yield return Conversation(resident, on, held, k);
            if (!held)
            {
                yield break;
            }
        }
    }

    /// <summary>The former residents' held conversations, spread so the tenant reaches <see cref="GuidanceShape.Conversations"/>.</summary>
    private static IEnumerable<Conversation> FormerConversations(GuidanceDbContext db, GuidanceShape shape, int already)
    {
        var left = Math.Max(0, shape.Conversations - already);
        var former = db.Residents.Local.Where(r => r.Status == ResidentStatus.Left).ToList();
        for (var i = 0; i < former.Count; i++)
        {
            var count = left / former.Count + (i < left % former.Count ? 1 : 0);
            var every = Math.Max(1, 330 / Math.Max(1, count));
            for (var k = 0; k < count; k++)
            {
                yield return Conversation(former[i], former[i].StartedOn.AddDays(21 + (k * every)), held: true, k);
            }
        }
    }

    private static Conversation Conversation(Resident resident, DateOnly on, bool held, int k) => new()
    {
        ResidentId = resident.Id, CounsellorAccountId = resident.CounsellorAccountId,
        Kind = k == 0 ? ConversationKind.FirstInterim : ConversationKind.Interim, PlannedOn = on, HeldOn = held ? on : null,
        Agenda = "Begeleidingsclausule, doelen, huisbezoek", Attendees = held ? "Bewoner, consulent, begeleider" : null,
        Notes = held ? "Gesprek verliep goed; afspraken over budget en woonclub opgevolgd." : null,
    };

    private static Unit[] Units(IServiceProvider sp, int count, DateOnly today)
    {
        var housing = sp.GetRequiredService<HousingDbContext>();
        housing.ChangeTracker.AutoDetectChangesEnabled = false;
        var company = new Partner { Kind = PartnerKind.HousingCompany, Name = "Woonhaven", HousingStock = 20_000 };
        var manager = new Partner { Kind = PartnerKind.TechnicalManager, Name = "IVB" };
        housing.Partners.AddRange(company, manager);
        var units = Enumerable.Range(0, count).Select(i => new Unit
        {
            Address = $"Kerkstraat {i + 1}", District = $"District {i % 10}", HousingCompanyId = company.Id, TechnicalManagerId = manager.Id,
            MonthlyFee = 150m, Bedrooms = 1, AvailableFrom = today.AddYears(-2), AvailableUntil = today.AddYears(3),
            Category = LettingCategory.TargetGroup, EndReason = AvailabilityEndReason.Renovation,
            Epc = new Certificate { IssuedOn = today.AddYears(-3), ExpiresOn = today.AddYears(7) },
            Conformity = new Certificate { IssuedOn = today.AddYears(-3), ExpiresOn = today.AddYears(5) },
        }).ToArray();
        housing.Units.AddRange(units);
        return units;
    }

    private static Guid AddContract(IServiceProvider sp, Unit unit, Resident resident, string name)
    {
        var contract = new OccupancyContract
        {
            UnitId = unit.Id, Place = 1, ResidentId = resident.Id, ResidentName = name, Start = resident.StartedOn, End = resident.ContractEnd,
        };
        sp.GetRequiredService<HousingDbContext>().Contracts.Add(contract);
        return contract.Id;
    }
}

/// <summary>What <see cref="GuidanceBenchSeed.FillAsync"/> wrote.</summary>
internal sealed class SeedCounts
{
    public int Candidates { get; set; }

    public int Residents { get; set; }

    public int Conversations { get; set; }

    public int Onboarding { get; set; }

    public int Notices { get; set; }

    public int StatusChanges { get; set; }

    public override string ToString() =>
        $"{Candidates} candidates, {Residents} residents, {Conversations} conversations, {Onboarding} onboarding items, {Notices} notices, {StatusChanges} status changes";
}
