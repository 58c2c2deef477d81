using Wmk.Guidance.Data;
using Wmk.Guidance.Domain;

namespace Wmk.Benchmarks.Guidance;

/// <summary>The waiting list and the candidates' status history.</summary>
internal static partial class GuidanceBenchSeed
{
    /// <summary>
    /// <see cref="GuidanceShape.Waiting"/> candidates on the list (every tenth invited; every fifth from the priority
    /// partner), referred over the last year, and half as many off the list (on hold, withdrawn, not accepted, accepted).
    /// </summary>
    private static int WaitingList(GuidanceDbContext db, GuidanceShape shape, DateOnly today, WelfarePartner[] partners, Guid[] counsellors)
    {
        var total = shape.Waiting + (shape.Waiting / 2);
        CandidateStatus[] off = [CandidateStatus.OnHold, CandidateStatus.Withdrawn, CandidateStatus.NotAccepted, CandidateStatus.Accepted];
        for (var i = 0; i < total; i++)
        {
            var referred = today.AddDays(-(i * 365 / Math.Max(1, total)));
            var status = i >= shape.Waiting ? off[i % off.Length] : i % 10 == 0 ? CandidateStatus.Invited : CandidateStatus.Waiting;
            var candidate = new Candidate
            {
                FirstName = $"Kandidaat{i}", LastName = $"Wachtend {i:0000}", BirthDate = referred.AddYears(-18).AddDays(-(i * 13 % 2000)),
                Gender = (Gender)(1 + (i % 3)), WelfarePartnerId = partners[i % 5 == 0 ? 0 : 1 + (i % (partners.Length - 1))].Id,
                CounsellorAccountId = counsellors[i % counsellors.Length], CounsellorName = $"Consulent {i % counsellors.Length}",
                CounsellorEmail = $"consulent{i % counsellors.Length}@caw.example", Preference = (HousingPreference)(1 + (i % 3)),
                GuidanceStartedOn = referred.AddMonths(-3), ReferredOn = referred, ExpectedStartOn = referred.AddMonths(4),
                Status = status, StatusChangedOn = status == CandidateStatus.Waiting ? null : referred.AddDays(10),
                StatusReason = status is CandidateStatus.OnHold or CandidateStatus.Withdrawn or CandidateStatus.NotAccepted ? "Reden" : null,
            };
            db.Candidates.Add(candidate);
            if (shape.StatusHistory)
            {
                Change(db, candidate, null, CandidateStatus.Waiting, referred);
                if (status != CandidateStatus.Waiting)
                {
                    Change(db, candidate, CandidateStatus.Waiting, status, referred.AddDays(10));
                }
            }
        }

        return total;
    }

    /// <summary>A started candidate's history: referral, invitation, acceptance and start.</summary>
    private static void History(GuidanceDbContext db, Candidate candidate, DateOnly start)
    {
        Change(db, candidate, null, CandidateStatus.Waiting, candidate.ReferredOn);
        Change(db, candidate, CandidateStatus.Waiting, CandidateStatus.Invited, start.AddMonths(-2));
        Change(db, candidate, CandidateStatus.Invited, CandidateStatus.Accepted, start.AddMonths(-1));
        Change(db, candidate, CandidateStatus.Accepted, CandidateStatus.Started, start);
    }

    private static void Change(GuidanceDbContext db, Candidate candidate, CandidateStatus? from, CandidateStatus to, DateOnly on) =>
        db.CandidateStatusChanges.Add(new CandidateStatusChange
        {
            CandidateId = candidate.Id, CounsellorAccountId = candidate.CounsellorAccountId, From = from, To = to, On = on,
            At = new DateTimeOffset(on.ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero),
        });
}
