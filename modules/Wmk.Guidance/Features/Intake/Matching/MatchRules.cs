using Wmk.Guidance.Domain;
using Wmk.Kernel.Rules;

namespace Wmk.Guidance.Features.Intake.Matching;

/// <summary>
/// Matching for shared housing: two different accepted candidates whose preference allows sharing, neither in another
/// open proposal, for a shared unit with at least two free places; the meeting, its outcome and the agreements.
/// </summary>
internal static class MatchRules
{
    public const int PlacesNeeded = 2;
    public const int MaxAgreements = 8000;
    public const int MaxReason = 1000;

    public static bool AllowsSharing(HousingPreference preference) => preference is HousingPreference.Shared or HousingPreference.Either;

    public static List<RuleError> CheckProposal(MatchCandidate first, MatchCandidate second, int freeSharedPlaces)
    {
        var errors = new List<RuleError>();
        if (first.Id == second.Id)
        {
            errors.Add(new("Match:SameCandidate"));
            return errors;
        }

        foreach (var c in new[] { first, second })
        {
            if (c.Status != CandidateStatus.Accepted)
            {
                errors.Add(new("Match:NotAccepted", c.Name));
            }

            if (!AllowsSharing(c.Preference))
            {
                errors.Add(new("Match:PrefersSolo", c.Name));
            }

            if (c.InOpenProposal)
            {
                errors.Add(new("Match:AlreadyProposed", c.Name));
            }
        }

        if (freeSharedPlaces < PlacesNeeded)
        {
            errors.Add(new("Match:UnitNotFree", PlacesNeeded));
        }

        return errors;
    }

    public static List<RuleError> CheckMeeting(MatchMeetingInput input, DateOnly proposedOn, DateOnly today, IReadOnlyCollection<Guid> activeStaff)
    {
        var errors = new List<RuleError>();
        if (input.MeetingOn > today)
        {
            errors.Add(new("Match:DateInFuture", input.MeetingOn, today));
        }

        if (input.MeetingOn < proposedOn)
        {
            errors.Add(new("Match:DateBeforeProposal", input.MeetingOn, proposedOn));
        }

        var staff = input.StaffAccountIds ?? [];
        if (staff.Count == 0)
        {
            errors.Add(new("Match:StaffRequired"));
        }
        else if (!staff.All(activeStaff.Contains))
        {
            errors.Add(new("Intake:NotStaff"));
        }

        switch (input.Outcome)
        {
            case MatchStatus.Matched:
                CheckMatched(errors, input);
                break;
            case MatchStatus.NoMatch when Text.Clean(input.Reason) is null:
                errors.Add(new("Match:ReasonRequired"));
                break;
            case MatchStatus.NoMatch:
                break;
            default:
                errors.Add(new("Match:OutcomeRequired"));
                break;
        }

        if (Text.Clean(input.Reason) is { Length: > MaxReason })
        {
            errors.Add(new("Match:ReasonTooLong", MaxReason));
        }

        return errors;
    }

    private static void CheckMatched(List<RuleError> errors, MatchMeetingInput input)
    {
        if (!input.FirstCandidateAttended || !input.SecondCandidateAttended)
        {
            errors.Add(new("Match:BothMustAttend"));
        }

        var agreements = Text.Clean(input.Agreements);
        if (agreements is null)
        {
            errors.Add(new("Match:AgreementsRequired"));
        }
        else if (agreements.Length > MaxAgreements)
        {
            errors.Add(new("Match:AgreementsTooLong", MaxAgreements));
        }
    }
}
