using Wmk.Housing.Contracts;

namespace Wmk.Guidance.Features.Stay.Start;

/// <summary>A start: the accepted candidate, a free place (unit and place number), the first day and an optional case worker.</summary>
/// <param name="CaseWorkerEmail">The case worker by e-mail (the pages), when no account id is given.</param>
/// <param name="ContractEnd">The contract's end, or null for the tenant's default length.</param>
internal sealed record StartResidentInput(
    Guid CandidateId, Guid UnitId, int Place, DateOnly StartOn, Guid? CaseWorkerAccountId = null, string? CaseWorkerEmail = null, DateOnly? ContractEnd = null);

/// <summary>A free place offered for a start, and whether it suits the candidate's preference.</summary>
internal sealed record PlaceOption(Guid UnitId, int Place, string Address, string District, bool Shared, int Bedrooms, DateOnly AvailableUntil, bool MatchesPreference)
{
    public static PlaceOption Of(FreePlaceInfo p, bool matches) => new(p.UnitId, p.Place, p.Address, p.District, p.Shared, p.Bedrooms, p.AvailableUntil, matches);
}

internal sealed record StartedResident(Guid Id, Guid CandidateId, Guid ContractId, Guid UnitId, DateOnly StartedOn, DateOnly ContractEnd);
