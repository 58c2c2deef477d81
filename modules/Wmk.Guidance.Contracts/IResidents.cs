namespace Wmk.Guidance.Contracts;

/// <summary>
/// A resident (someone whose stay has started) as other modules may see them: names, contact, the counsellor and
/// the housing contract. No guidance notes, goals or conversations ever leave the guidance module.
/// </summary>
/// <param name="Email">The resident's own e-mail address, if known.</param>
/// <param name="CounsellorAccountId">The partner counsellor's account in this tenant, if they have one.</param>
/// <param name="LeftOn">The last day of the stay once the resident has left, otherwise null.</param>
public sealed record ResidentInfo(
    Guid ResidentId,
    Guid CandidateId,
    string FirstName,
    string LastName,
    DateOnly BirthDate,
    string? Email,
    Guid? CounsellorAccountId,
    string CounsellorName,
    string? CounsellorEmail,
    Guid ContractId,
    Guid UnitId,
    DateOnly StartedOn,
    DateOnly ContractEnd,
    DateOnly? LeftOn)
{
    public string FullName => FirstName + " " + LastName;

    /// <summary>Whether the stay covers <paramref name="day"/> (started and not yet left).</summary>
    public bool LivesThereOn(DateOnly day) => StartedOn <= day && (LeftOn is null || LeftOn >= day) && ContractEnd >= day;
}

/// <summary>Which residents to list.</summary>
/// <param name="Ids">Only these residents, or every resident when null.</param>
/// <param name="ContractIds">Only the residents of these housing contracts, or no contract filter when null.</param>
/// <param name="CurrentOnly">Only residents who have not left.</param>
public sealed record ResidentQuery(IReadOnlyCollection<Guid>? Ids = null, IReadOnlyCollection<Guid>? ContractIds = null, bool CurrentOnly = false);

/// <summary>
/// The guidance module's door to its residents for other modules (finance, documents, volunteers, group meetings).
/// Runs under the current tenant and, for a partner counsellor, returns only their own clients (the same filter the
/// guidance pages use), so a caller that asks "which residents may this user see" gets the right answer.
/// </summary>
public interface IResidents
{
    /// <summary>The residents matching <paramref name="query"/> that the current user may see, by name.</summary>
    Task<IReadOnlyList<ResidentInfo>> ListAsync(ResidentQuery query, CancellationToken cancellationToken = default);
}
