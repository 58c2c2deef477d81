using Wmk.Guidance.Domain;
using Wmk.Housing.Contracts;
using Wmk.Kernel.Rules;

namespace Wmk.Guidance.Features.Stay.Start;

/// <summary>The rules of a start: an accepted candidate, a start not before the referral, a free place that day.</summary>
internal static class StartRules
{
    public static List<RuleError> Check(Candidate candidate, DateOnly start, bool placeIsFree, bool caseWorkerIsStaff)
    {
        var errors = new List<RuleError>();
        if (candidate.Status != CandidateStatus.Accepted)
        {
            errors.Add(new("Stay:Start:NotAccepted"));
        }

        if (start < candidate.ReferredOn)
        {
            errors.Add(new("Stay:Start:BeforeReferral", start, candidate.ReferredOn));
        }
        else if (!placeIsFree)
        {
            errors.Add(new("Stay:Start:PlaceNotFree", start));
        }

        if (!caseWorkerIsStaff)
        {
            errors.Add(new("Stay:Start:CaseWorkerUnknown"));
        }

        return errors;
    }

    /// <summary>True when the place suits the candidate's preference (solo on a solo unit, shared on a shared one).</summary>
    public static bool Matches(FreePlaceInfo place, HousingPreference preference) => preference switch
    {
        HousingPreference.Solo => !place.Shared,
        HousingPreference.Shared => place.Shared,
        _ => true,
    };

    /// <summary>The places that match the preference first (where there are any), then the others; each in address order.</summary>
    public static IReadOnlyList<FreePlaceInfo> Order(IEnumerable<FreePlaceInfo> places, HousingPreference preference) =>
        [.. places.OrderBy(p => Matches(p, preference) ? 0 : 1).ThenBy(p => p.Address, StringComparer.CurrentCulture).ThenBy(p => p.Place)];
}
