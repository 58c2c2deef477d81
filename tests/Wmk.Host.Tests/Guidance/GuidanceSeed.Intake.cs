using Microsoft.Extensions.DependencyInjection;
using Wmk.Guidance.Data;
using Wmk.Guidance.Domain;

namespace Wmk.Host.Tests.Guidance;

/// <summary>Intake rows written straight to the guidance context (candidates come from the referrals area later).</summary>
internal static class IntakeSeed
{
    public static async Task<Guid> CandidateAsync(
        IServiceProvider sp, Guid? counsellor = null, CandidateStatus status = CandidateStatus.Invited,
        HousingPreference preference = HousingPreference.Shared, string firstName = "Lina")
    {
        var db = sp.GetRequiredService<GuidanceDbContext>();
        var candidate = new Candidate
        {
            FirstName = firstName, LastName = "Intake", BirthDate = new DateOnly(2005, 3, 1), Gender = Gender.Female, CounsellorName = "Consulent",
            CounsellorAccountId = counsellor, Preference = preference, GuidanceStartedOn = new DateOnly(2026, 1, 5),
            ReferredOn = new DateOnly(2026, 4, 1), ExpectedStartOn = new DateOnly(2026, 12, 1), Status = status,
        };
        db.Candidates.Add(candidate);
        await db.SaveChangesAsync();
        return candidate.Id;
    }

    public static async Task<Guid> ChecklistItemAsync(IServiceProvider sp)
    {
        var db = sp.GetRequiredService<GuidanceDbContext>();
        var item = new ChecklistItem { Kind = ChecklistKind.Intake, Position = 99, Text = "Isolatie-item" };
        db.ChecklistItems.Add(item);
        await db.SaveChangesAsync();
        return item.Id;
    }

    public static async Task<Guid> ConversationAsync(IServiceProvider sp)
    {
        var candidate = await CandidateAsync(sp);
        var item = await ChecklistItemAsync(sp);
        var db = sp.GetRequiredService<GuidanceDbContext>();
        var conversation = new IntakeConversation
        {
            CandidateId = candidate, Kind = IntakeKind.Intake, HeldOn = new DateOnly(2026, 11, 20), FirstStaffAccountId = Guid.NewGuid(),
            SecondStaffAccountId = Guid.NewGuid(), Outcome = IntakeOutcome.AnotherConversation, NextStep = "Tweede gesprek",
        };
        db.IntakeConversations.Add(conversation);
        db.ChecklistAnswers.Add(new ChecklistAnswer
        {
            ConversationId = conversation.Id, ItemId = item, Position = 1, ItemText = "Isolatie-item", Colour = AnswerColour.Orange, Remark = "Let op",
        });
        await db.SaveChangesAsync();
        return conversation.Id;
    }

    public static async Task<Guid> MatchAsync(IServiceProvider sp)
    {
        var first = await CandidateAsync(sp, status: CandidateStatus.Accepted);
        var second = await CandidateAsync(sp, status: CandidateStatus.Accepted, firstName: "Sam");
        var db = sp.GetRequiredService<GuidanceDbContext>();
        var match = new SharedHousingMatch
        {
            FirstCandidateId = first, SecondCandidateId = second, UnitId = Guid.NewGuid(), UnitAddress = "Deelstraat 2",
            ProposedOn = new DateOnly(2026, 11, 20), StaffAccountIds = [Guid.NewGuid()],
        };
        db.Matches.Add(match);
        await db.SaveChangesAsync();
        return match.Id;
    }
}
