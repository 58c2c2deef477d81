using Microsoft.Extensions.DependencyInjection;
using Wmk.Guidance.Data;
using Wmk.Guidance.Domain;
using Wmk.Host.Tests.Housing;
using Wmk.Housing.Features.Partners;
using Wmk.Housing.Features.Units;

namespace Wmk.Host.Tests.Guidance;

/// <summary>Rows of the Stay area written straight to the guidance context, and accepted candidates to start.</summary>
internal static class StaySeed
{
    /// <summary>An accepted candidate (referred 01/04/2026), as the intake leaves it.</summary>
    public static async Task<Guid> AcceptedCandidateAsync(
        IServiceProvider sp, string firstName = "Noor", Guid? counsellor = null, CandidateStatus status = CandidateStatus.Accepted)
    {
        var db = sp.GetRequiredService<GuidanceDbContext>();
        var candidate = new Candidate
        {
            FirstName = firstName, LastName = "Bewoner", BirthDate = new DateOnly(2005, 3, 1), Gender = Gender.Female,
            CounsellorName = "Consulent " + firstName, CounsellorAccountId = counsellor, Preference = HousingPreference.Solo,
            GuidanceStartedOn = new DateOnly(2026, 1, 5), ReferredOn = new DateOnly(2026, 4, 1), ExpectedStartOn = new DateOnly(2026, 6, 1),
            Status = status,
        };
        db.Candidates.Add(candidate);
        await db.SaveChangesAsync();
        return candidate.Id;
    }

    /// <summary>A unit of a new housing company; <paramref name="certified"/> false leaves it without EPC.</summary>
    public static async Task<Guid> UnitAsync(IServiceProvider sp, string address, bool certified = true)
    {
        var partners = sp.GetRequiredService<PartnersHandler>();
        var company = await partners.AddAsync(new PartnerInput(Wmk.Housing.Domain.PartnerKind.HousingCompany, "Woonhaven", 1000, null, null, null), default);
        var manager = await partners.AddAsync(new PartnerInput(Wmk.Housing.Domain.PartnerKind.TechnicalManager, "IVB", null, null, null, null), default);
        var input = HousingSeed.Unit(company.Id, manager.Id) with { Address = address };
        input = certified ? input : input with { EpcIssuedOn = null, EpcExpiresOn = null };
        return (await sp.GetRequiredService<UnitsHandler>().AddAsync(input, default)).Id;
    }

    private static async Task<(GuidanceDbContext Db, Resident Resident)> ResidentAsync(IServiceProvider sp)
    {
        var id = await GuidanceSeed.ResidentAsync(sp);
        var db = sp.GetRequiredService<GuidanceDbContext>();
        return (db, await db.Residents.FindAsync(id) ?? throw new InvalidOperationException("no resident"));
    }

    public static async Task OnboardingItemAsync(IServiceProvider sp)
    {
        var (db, r) = await ResidentAsync(sp);
        db.OnboardingItems.Add(new OnboardingItem { ResidentId = r.Id, Kind = OnboardingKind.WelcomePack, DueOn = r.StartedOn.AddDays(21) });
        await db.SaveChangesAsync();
    }

    public static async Task<Guid> ConversationAsync(IServiceProvider sp)
    {
        var (db, r) = await ResidentAsync(sp);
        var conversation = new Conversation { ResidentId = r.Id, Kind = ConversationKind.FirstInterim, PlannedOn = r.StartedOn.AddDays(21) };
        db.Conversations.Add(conversation);
        await db.SaveChangesAsync();
        return conversation.Id;
    }

    public static async Task<Guid> GoalAsync(IServiceProvider sp)
    {
        var (db, r) = await ResidentAsync(sp);
        var goal = new Goal { ResidentId = r.Id, Text = "Budget opvolgen", SetOn = r.StartedOn };
        db.Goals.Add(goal);
        await db.SaveChangesAsync();
        return goal.Id;
    }

    public static async Task GoalProgressAsync(IServiceProvider sp)
    {
        var (db, r) = await ResidentAsync(sp);
        var goal = new Goal { ResidentId = r.Id, Text = "Werk zoeken", SetOn = r.StartedOn };
        var conversation = new Conversation { ResidentId = r.Id, Kind = ConversationKind.Extra, HeldOn = r.StartedOn, Agenda = "Werk" };
        db.AddRange(goal, conversation);
        db.GoalProgress.Add(new GoalProgress { GoalId = goal.Id, ConversationId = conversation.Id, Text = "Twee sollicitaties" });
        await db.SaveChangesAsync();
    }

    public static async Task NoteAsync(IServiceProvider sp)
    {
        var (db, r) = await ResidentAsync(sp);
        db.ResidentNotes.Add(new ResidentNote { ResidentId = r.Id, Visibility = NoteVisibility.Staff, Text = "Afspraak OCMW", WrittenOn = r.StartedOn });
        await db.SaveChangesAsync();
    }
}
